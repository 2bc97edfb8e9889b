// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEETING_OF to a batch of Organization ids; the other end is a Meeting or Summit.
MATCH (a:Organization)<-[r:MEETING_OF]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
