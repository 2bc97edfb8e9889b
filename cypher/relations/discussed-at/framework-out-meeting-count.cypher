// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many DISCUSSED_AT from a batch of Framework ids, Meeting at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:DISCUSSED_AT]->(b:Meeting)
RETURN a.id AS key, count(r) AS count
