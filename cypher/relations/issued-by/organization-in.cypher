// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ISSUED_BY to a batch of Organization ids; the other end is a Framework.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:ISSUED_BY]-(b:Framework)
RETURN a.id AS key, b AS node, r AS rel
