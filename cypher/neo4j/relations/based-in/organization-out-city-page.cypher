// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of BASED_IN from a batch of Organization ids, City at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Organization {id: id})
CALL {
  WITH a
  MATCH (a)-[r:BASED_IN]->(b:City)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
