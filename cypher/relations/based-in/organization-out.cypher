// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// BASED_IN from a batch of Organization ids; the other end is a City or MemberState or Country.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:BASED_IN]->(b)
RETURN a.id AS key, b AS node, r AS rel
