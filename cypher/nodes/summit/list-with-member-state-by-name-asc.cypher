// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Summit nodes (filtered by memberState), by name ascending.
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Summit)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasSeries OR toLower(n.series) = $series)
  AND (NOT $hasOrdinal OR n.ordinal = $ordinal)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (EXISTS { MATCH (n)-[r0:HOSTED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:HELD_IN]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter OR ($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterKey OR (n.name = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.name IS NULL THEN 1 ELSE 0 END, n.name ASC, n.id ASC
LIMIT $limit
