// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ESTABLISHED_AT from a batch of Network ids; the other end is a Summit or Meeting.
MATCH (a:Network)-[r:ESTABLISHED_AT]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
