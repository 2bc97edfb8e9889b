// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of GUIDED_BY to a batch of Framework ids, Network at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:Framework {id: id})
CALL {
  WITH a
  MATCH (a)<-[r:GUIDED_BY]-(b:Network)
  RETURN r, b
  ORDER BY coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
