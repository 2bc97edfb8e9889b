// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of REPORTS_ON to a batch of Meeting ids, Source at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Meeting {id: id})
CALL {
  WITH a
  MATCH (a)<-[r:REPORTS_ON]-(b:Source)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
