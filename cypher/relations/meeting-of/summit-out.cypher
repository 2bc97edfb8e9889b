// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEETING_OF from a batch of Summit ids; the other end is a Organization.
UNWIND $ids AS id
MATCH (a:Summit {id: id})-[r:MEETING_OF]->(b:Organization)
RETURN a.id AS key, b AS node, r AS rel
