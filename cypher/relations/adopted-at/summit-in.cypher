// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ADOPTED_AT to a batch of Summit ids; the other end is a Framework.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:ADOPTED_AT]-(b:Framework)
RETURN a.id AS key, b AS node, r AS rel
