// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of REPORTS_ON from a batch of Source ids, Meeting at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Source {id: id})
CALL {
  WITH a
  MATCH (a)-[r:REPORTS_ON]->(b:Meeting)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
