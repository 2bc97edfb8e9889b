// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ISSUED_BY from a batch of Framework ids; the other end is a Organization or MemberState or Network or City or Person.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:ISSUED_BY]->(b)
RETURN a.id AS key, b AS node, r AS rel
