// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOLDS_OFFICE_IN from a batch of Person ids; the other end is a Organization or MemberState or Country.
MATCH (a:Person)-[r:HOLDS_OFFICE_IN]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
