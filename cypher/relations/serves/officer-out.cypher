// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SERVES from a batch of Officer ids; the other end is a City or MemberState.
MATCH (a:Officer)-[r:SERVES]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
