// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEMBER_OF to a batch of Network ids; the other end is a City or MemberState.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:MEMBER_OF]-(b)
RETURN a.id AS key, b AS node, r AS rel
