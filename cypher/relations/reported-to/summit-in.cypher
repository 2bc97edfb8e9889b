// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTED_TO to a batch of Summit ids; the other end is a Network.
MATCH (a:Summit)<-[r:REPORTED_TO]-(b:Network)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
