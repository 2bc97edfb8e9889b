// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// GUIDED_BY to a batch of Framework ids; the other end is a Network.
MATCH (a:Framework)<-[r:GUIDED_BY]-(b:Network)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
