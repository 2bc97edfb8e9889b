// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTICIPATED_IN from a batch of Country ids; the other end is a Meeting.
UNWIND $ids AS id
MATCH (a:Country {id: id})-[r:PARTICIPATED_IN]->(b:Meeting)
RETURN a.id AS key, b AS node, r AS rel
