// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many WORKS_FOR from a batch of Officer ids, Organization at the other end.
UNWIND $ids AS id
MATCH (a:Officer {id: id})-[r:WORKS_FOR]->(b:Organization)
RETURN a.id AS key, count(r) AS count
