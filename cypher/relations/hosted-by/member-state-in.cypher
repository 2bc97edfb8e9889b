// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOSTED_BY to a batch of MemberState ids; the other end is a Summit or Meeting.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:HOSTED_BY]-(b)
RETURN a.id AS key, b AS node, r AS rel
