// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of REPORTED_TO to a batch of Summit ids, Network at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Summit {id: id})
CALL {
  WITH a
  MATCH (a)<-[r:REPORTED_TO]-(b:Network)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
