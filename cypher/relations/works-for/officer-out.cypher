// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// WORKS_FOR from a batch of Officer ids; the other end is a Organization.
UNWIND $ids AS id
MATCH (a:Officer {id: id})-[r:WORKS_FOR]->(b:Organization)
RETURN a.id AS key, b AS node, r AS rel
