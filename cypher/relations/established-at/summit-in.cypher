// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ESTABLISHED_AT to a batch of Summit ids; the other end is a Network.
MATCH (a:Summit)<-[r:ESTABLISHED_AT]-(b:Network)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
