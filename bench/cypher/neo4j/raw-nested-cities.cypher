// Hand-written equivalent of bench/queries/nested.graphql, level 2 (Neo4j): the first $first cities of each of
// those states by name, with the membership's sources, and how many each state has; paged in the engine.
UNWIND $ids AS sid
MATCH (s:MemberState {id: sid})
CALL {
  WITH s
  MATCH (s)<-[l:LOCATED_IN]-(c:City)
  RETURN count(c) AS total
}
CALL {
  WITH s
  MATCH (s)<-[l:LOCATED_IN]-(c:City)
  RETURN c, l
  ORDER BY coalesce(c.name, ''), c.id
  LIMIT $first
}
RETURN sid AS state, total, c.id AS id, c.name AS name, c.sources AS sources, l.sources AS edgeSources
