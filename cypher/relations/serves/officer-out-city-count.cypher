// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SERVES from a batch of Officer ids, City at the other end.
UNWIND $ids AS id
MATCH (a:Officer {id: id})-[r:SERVES]->(b:City)
RETURN a.id AS key, count(r) AS count
