// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEASURES from a batch of Metric ids; the other end is a Organization or Network or MemberState or Framework or Meeting.
UNWIND $ids AS id
MATCH (a:Metric {id: id})-[r:MEASURES]->(b)
RETURN a.id AS key, b AS node, r AS rel
