// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of HOLDS_OFFICE_IN to a batch of Country ids, Person at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Country {id: id})
CALL {
  WITH a
  MATCH (a)<-[r:HOLDS_OFFICE_IN]-(b:Person)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
