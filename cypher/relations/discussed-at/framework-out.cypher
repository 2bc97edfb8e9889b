// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// DISCUSSED_AT from a batch of Framework ids; the other end is a Meeting.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:DISCUSSED_AT]->(b:Meeting)
RETURN a.id AS key, b AS node, r AS rel
