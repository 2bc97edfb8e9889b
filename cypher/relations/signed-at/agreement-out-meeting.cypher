// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every SIGNED_AT from a batch of Agreement ids, Meeting at the other end.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})-[r:SIGNED_AT]->(b:Meeting)
RETURN a.id AS key, b AS node, r AS rel
