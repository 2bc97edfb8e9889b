// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SERVES from a batch of Officer ids; the other end is a City or MemberState.
UNWIND $ids AS id
MATCH (a:Officer {id: id})-[r:SERVES]->(b)
RETURN a.id AS key, b AS node, r AS rel
