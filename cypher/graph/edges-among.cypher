// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every relationship among a set of nodes.
UNWIND $ids AS id
MATCH (a {id: id})-[r]->(b)
WITH a, r, b
UNWIND $targets AS wanted
WITH a, r, b, wanted
WHERE b.id = wanted
RETURN a.id AS source, b.id AS target, r AS rel
