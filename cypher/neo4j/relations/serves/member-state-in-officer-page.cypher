// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of SERVES to a batch of MemberState ids, Officer at the other end (Neo4j: a subquery per parent).
UNWIND $ids AS id
MATCH (a:MemberState {id: id})
CALL {
  WITH a
  MATCH (a)<-[r:SERVES]-(b:Officer)
  RETURN r, b
  ORDER BY coalesce(r.position, 9223372036854775807), coalesce(b.name, ''), b.id
  SKIP $offset
  LIMIT $count
}
RETURN a.id AS key, b AS node, r AS rel
