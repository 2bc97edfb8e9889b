// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOSTED_BY from a batch of Summit ids; the other end is a MemberState or Country.
UNWIND $ids AS id
MATCH (a:Summit {id: id})-[r:HOSTED_BY]->(b)
RETURN a.id AS key, b AS node, r AS rel
