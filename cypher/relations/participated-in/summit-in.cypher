// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTICIPATED_IN to a batch of Summit ids; the other end is a Person.
MATCH (a:Summit)<-[r:PARTICIPATED_IN]-(b:Person)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
