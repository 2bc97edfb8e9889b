// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUBMITTED_TO to a batch of Summit ids; the other end is a Framework.
MATCH (a:Summit)<-[r:SUBMITTED_TO]-(b:Framework)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
