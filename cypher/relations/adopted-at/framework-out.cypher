// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ADOPTED_AT from a batch of Framework ids; the other end is a Summit or Meeting.
MATCH (a:Framework)-[r:ADOPTED_AT]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
