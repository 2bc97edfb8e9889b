// Hand-written equivalent of bench/queries/nested.graphql, level 2 (Kùzu): the first $first cities of each of
// those states by name, with the membership's sources, and how many each state has; paged in the engine.
UNWIND $ids AS sid
MATCH (s:MemberState {id: sid})<-[l:LOCATED_IN]-(c:City)
WITH sid, coalesce(c.name, '') AS name, c.id AS cid, c.sources AS sources, l.sources AS edgeSources
ORDER BY sid, name, cid
LIMIT 9223372036854775807
WITH sid, collect({id: cid, name: name, sources: sources, edgeSources: edgeSources}) AS cities
UNWIND list_slice(cities, 1, $first) AS city
RETURN sid AS state, size(cities) AS total, city.id AS id, city.name AS name, city.sources AS sources,
  city.edgeSources AS edgeSources
