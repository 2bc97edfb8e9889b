// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// The first $limit relationships of each node of a batch per direction, by the other end's id and the type (Kùzu: written for one id, run once per id).
MATCH (a {id: $id})-[r]->(b)
WITH a, r, b ORDER BY b.id, label(r) LIMIT $limit
RETURN 'out' AS direction, a.id AS source, b.id AS target, r AS rel, b AS other
UNION ALL
MATCH (a {id: $id})<-[r]-(b)
WITH a, r, b ORDER BY b.id, label(r) LIMIT $limit
RETURN 'in' AS direction, b.id AS source, a.id AS target, r AS rel, b AS other
