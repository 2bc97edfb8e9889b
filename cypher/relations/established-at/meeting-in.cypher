// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ESTABLISHED_AT to a batch of Meeting ids; the other end is a Network.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})<-[r:ESTABLISHED_AT]-(b:Network)
RETURN a.id AS key, b AS node, r AS rel
