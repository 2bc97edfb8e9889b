// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CHAIRED_BY to a batch of MemberState ids; the other end is a Meeting.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:CHAIRED_BY]-(b:Meeting)
RETURN a.id AS key, b AS node, r AS rel
