// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTED_TO to a batch of Summit ids; the other end is a Network.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:REPORTED_TO]-(b:Network)
RETURN a.id AS key, b AS node, r AS rel
