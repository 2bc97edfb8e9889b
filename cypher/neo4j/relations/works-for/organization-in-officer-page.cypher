// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of WORKS_FOR to a batch of Organization ids, Officer at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Organization {id: id})
CALL {
  WITH a
  MATCH (a)<-[r:WORKS_FOR]-(b:Officer)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
