// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PARTY_TO to a batch of Agreement ids, Person at the other end.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})<-[r:PARTY_TO]-(b:Person)
RETURN a.id AS key, count(r) AS count
