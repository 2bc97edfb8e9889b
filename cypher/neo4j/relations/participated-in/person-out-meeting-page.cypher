// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of PARTICIPATED_IN from a batch of Person ids, Meeting at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Person {id: id})
CALL {
  WITH a
  MATCH (a)-[r:PARTICIPATED_IN]->(b:Meeting)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
