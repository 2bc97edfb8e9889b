// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SIGNED_AT from a batch of Agreement ids; the other end is a Meeting or Summit.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})-[r:SIGNED_AT]->(b)
RETURN a.id AS key, b AS node, r AS rel
