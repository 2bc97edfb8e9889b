// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HOLDS_ROLE from a batch of Officer ids, Role at the other end.
UNWIND $ids AS id
MATCH (a:Officer {id: id})-[r:HOLDS_ROLE]->(b:Role)
RETURN a.id AS key, count(r) AS count
