// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of City nodes (filtered by memberState and network), by name descending.
WITH $nameContains AS q, $memberState AS memberState, $network AS network
MATCH (n:City)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasPilot OR n.pilot = $pilot)
  AND (EXISTS { MATCH (n)-[r0:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (EXISTS { MATCH (n)-[r0:MEMBER_OF]->(m:Network) WHERE m.id = network })
  AND (NOT $hasAfter OR ($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterKey OR (n.name = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.name IS NULL THEN 1 ELSE 0 END, n.name DESC, n.id ASC
LIMIT $limit
