// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEASURES from a batch of Metric ids; the other end is a Organization or Network or MemberState or Framework or Meeting.
MATCH (a:Metric)-[r:MEASURES]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
