// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ORGANIZED_BY to a batch of MemberState ids; the other end is a Meeting.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:ORGANIZED_BY]-(b:Meeting)
RETURN a.id AS key, b AS node, r AS rel
