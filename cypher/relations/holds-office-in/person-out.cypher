// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOLDS_OFFICE_IN from a batch of Person ids; the other end is a Organization or MemberState or Country.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:HOLDS_OFFICE_IN]->(b)
RETURN a.id AS key, b AS node, r AS rel
