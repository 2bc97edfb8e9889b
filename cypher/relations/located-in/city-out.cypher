// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// LOCATED_IN from a batch of City ids; the other end is a MemberState or Country.
UNWIND $ids AS id
MATCH (a:City {id: id})-[r:LOCATED_IN]->(b)
RETURN a.id AS key, b AS node, r AS rel
