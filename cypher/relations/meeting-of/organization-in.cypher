// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEETING_OF to a batch of Organization ids; the other end is a Meeting or Summit.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:MEETING_OF]-(b)
RETURN a.id AS key, b AS node, r AS rel
