// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ADOPTED_AT to a batch of Summit ids; the other end is a Framework.
MATCH (a:Summit)<-[r:ADOPTED_AT]-(b:Framework)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
