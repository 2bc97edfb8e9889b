// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOSTED_BY to a batch of Organization ids; the other end is a Meeting.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:HOSTED_BY]-(b:Meeting)
RETURN a.id AS key, b AS node, r AS rel
