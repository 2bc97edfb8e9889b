// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PARTY_TO from a batch of Person ids, Agreement at the other end.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:PARTY_TO]->(b:Agreement)
RETURN a.id AS key, count(r) AS count
