// Hand-written equivalent of bench/queries/nested.graphql, level 2: the cities of those states with the
// membership's sources (the caller keeps the first 20 of each state and counts them all).
MATCH (s:MemberState)<-[l:LOCATED_IN]-(c:City)
WHERE s.id IN $ids
RETURN s.id AS state, c.id AS id, c.name AS name, c.sources AS sources, l.sources AS edgeSources
ORDER BY state, name, id
