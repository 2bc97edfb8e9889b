// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEETING_OF from a batch of Meeting ids; the other end is a Network or Organization.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})-[r:MEETING_OF]->(b)
RETURN a.id AS key, b AS node, r AS rel
