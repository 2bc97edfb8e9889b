// Hand-written equivalent of bench/queries/nested.graphql, level 3 (Neo4j): the first $first officers of each of
// those cities by position and name; paged in the engine.
UNWIND $ids AS cid
MATCH (c:City {id: cid})
CALL {
  WITH c
  MATCH (c)<-[r:SERVES]-(o:Officer)
  RETURN r, o
  ORDER BY coalesce(r.position, 9223372036854775807), coalesce(o.name, ''), o.id
  LIMIT $first
}
RETURN cid AS city, r.position AS position, r.sources AS edgeSources, o.id AS id, o.name AS name,
  o.designation AS designation, o.sources AS sources
