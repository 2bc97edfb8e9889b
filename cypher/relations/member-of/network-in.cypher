// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEMBER_OF to a batch of Network ids; the other end is a City or MemberState.
MATCH (a:Network)<-[r:MEMBER_OF]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
