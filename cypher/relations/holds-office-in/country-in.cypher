// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOLDS_OFFICE_IN to a batch of Country ids; the other end is a Person.
MATCH (a:Country)<-[r:HOLDS_OFFICE_IN]-(b:Person)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
