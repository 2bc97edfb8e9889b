// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTICIPATED_IN from a batch of Person ids; the other end is a Meeting or Summit.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:PARTICIPATED_IN]->(b)
RETURN a.id AS key, b AS node, r AS rel
