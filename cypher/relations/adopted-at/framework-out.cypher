// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ADOPTED_AT from a batch of Framework ids; the other end is a Summit or Meeting.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:ADOPTED_AT]->(b)
RETURN a.id AS key, b AS node, r AS rel
