// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CITES from a batch of Source ids; the other end is a Publication or Framework.
MATCH (a:Source)-[r:CITES]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
