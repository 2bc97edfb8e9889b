// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ESTABLISHED_AT from a batch of Network ids; the other end is a Summit or Meeting.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:ESTABLISHED_AT]->(b)
RETURN a.id AS key, b AS node, r AS rel
