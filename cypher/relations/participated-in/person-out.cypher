// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTICIPATED_IN from a batch of Person ids; the other end is a Meeting or Summit.
MATCH (a:Person)-[r:PARTICIPATED_IN]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
