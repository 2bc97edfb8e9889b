// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOLDS_ROLE to a batch of Role ids; the other end is a Officer.
UNWIND $ids AS id
MATCH (a:Role {id: id})<-[r:HOLDS_ROLE]-(b:Officer)
RETURN a.id AS key, b AS node, r AS rel
