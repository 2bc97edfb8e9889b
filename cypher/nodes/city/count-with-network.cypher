// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many City nodes the filters select (filtered by network).
WITH $nameContains AS q, $network AS network
MATCH (n:City)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasPilot OR n.pilot = $pilot)
  AND (EXISTS { MATCH (n)-[r0:MEMBER_OF]->(m:Network) WHERE m.id = network })
RETURN count(n) AS count
