// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOSTED_BY to a batch of Organization ids; the other end is a Meeting.
MATCH (a:Organization)<-[r:HOSTED_BY]-(b:Meeting)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
