// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SIGNED_AT to a batch of Summit ids; the other end is a Agreement.
MATCH (a:Summit)<-[r:SIGNED_AT]-(b:Agreement)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
