// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTICIPATED_IN from a batch of Country ids; the other end is a Meeting.
MATCH (a:Country)-[r:PARTICIPATED_IN]->(b:Meeting)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
