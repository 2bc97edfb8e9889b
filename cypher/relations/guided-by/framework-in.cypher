// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// GUIDED_BY to a batch of Framework ids; the other end is a Network.
UNWIND $ids AS id
MATCH (a:Framework {id: id})<-[r:GUIDED_BY]-(b:Network)
RETURN a.id AS key, b AS node, r AS rel
