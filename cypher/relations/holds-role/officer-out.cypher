// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOLDS_ROLE from a batch of Officer ids; the other end is a Role.
UNWIND $ids AS id
MATCH (a:Officer {id: id})-[r:HOLDS_ROLE]->(b:Role)
RETURN a.id AS key, b AS node, r AS rel
