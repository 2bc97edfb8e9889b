// Hand-written equivalent of bench/queries/nested.graphql, level 3: the officers of those cities.
MATCH (c:City)<-[r:SERVES]-(o:Officer)
WHERE c.id IN $ids
RETURN c.id AS city, r.position AS position, r.sources AS edgeSources, o.id AS id, o.name AS name,
  o.designation AS designation, o.sources AS sources
ORDER BY city, position, name, id
