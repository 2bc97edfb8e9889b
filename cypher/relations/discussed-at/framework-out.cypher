// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// DISCUSSED_AT from a batch of Framework ids; the other end is a Meeting.
MATCH (a:Framework)-[r:DISCUSSED_AT]->(b:Meeting)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
