// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ADOPTED_AT to a batch of Summit ids; the other end is a Framework or Network.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:ADOPTED_AT]-(b)
RETURN a.id AS key, b AS node, r AS rel
