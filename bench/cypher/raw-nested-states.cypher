// Hand-written equivalent of bench/queries/nested.graphql, level 1: the first member states by name.
MATCH (s:MemberState)
RETURN s.id AS id, s.name AS name, s.sources AS sources
ORDER BY name, id
LIMIT $limit
