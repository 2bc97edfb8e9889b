// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUPPORTS to a batch of Network ids; the other end is a Agreement or Organization.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:SUPPORTS]-(b)
RETURN a.id AS key, b AS node, r AS rel
