// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HOLDS_OFFICE_IN to a batch of Country ids, Person at the other end.
UNWIND $ids AS id
MATCH (a:Country {id: id})<-[r:HOLDS_OFFICE_IN]-(b:Person)
RETURN a.id AS key, count(r) AS count
