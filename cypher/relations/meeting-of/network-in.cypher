// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEETING_OF to a batch of Network ids; the other end is a Meeting.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:MEETING_OF]-(b:Meeting)
RETURN a.id AS key, b AS node, r AS rel
