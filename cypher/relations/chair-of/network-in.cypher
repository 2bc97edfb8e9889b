// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CHAIR_OF to a batch of Network ids; the other end is a Chairmanship.
MATCH (a:Network)<-[r:CHAIR_OF]-(b:Chairmanship)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
