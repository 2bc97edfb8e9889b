// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// WORKS_FOR from a batch of Officer ids; the other end is a Organization.
MATCH (a:Officer)-[r:WORKS_FOR]->(b:Organization)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
