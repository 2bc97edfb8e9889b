// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// The first $limit relationships of the types $types of each node of a batch per direction, by the other end's id and the type (Neo4j: a subquery per node).
UNWIND $ids AS id
MATCH (a {id: id})
CALL {
  WITH a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types
  WITH a, r, b ORDER BY b.id, type(r) LIMIT $limit
  RETURN 'out' AS direction, a.id AS source, b.id AS target, r AS rel, b AS other
  UNION ALL
  WITH a
  MATCH (a)<-[r]-(b)
  WHERE type(r) IN $types
  WITH a, r, b ORDER BY b.id, type(r) LIMIT $limit
  RETURN 'in' AS direction, b.id AS source, a.id AS target, r AS rel, b AS other
}
RETURN direction, source, target, rel, other
