// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ESTABLISHED_BY to a batch of Organization ids; the other end is a Network.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:ESTABLISHED_BY]-(b:Network)
RETURN a.id AS key, b AS node, r AS rel
