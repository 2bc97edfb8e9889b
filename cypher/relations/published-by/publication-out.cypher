// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PUBLISHED_BY from a batch of Publication ids; the other end is a Organization.
MATCH (a:Publication)-[r:PUBLISHED_BY]->(b:Organization)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
