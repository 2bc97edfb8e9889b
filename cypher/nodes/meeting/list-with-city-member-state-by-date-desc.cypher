// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Meeting nodes (filtered by city and memberState), by date descending.
WITH $nameContains AS q, $city AS city, $memberState AS memberState
MATCH (n:Meeting)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasOnline OR n.online = $online)
  AND (NOT $hasStatus OR toLower(n.status) = $status)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (EXISTS { MATCH (n)-[r0:HELD_IN]->(m:City) WHERE m.id = city })
  AND (EXISTS { MATCH (n)-[r0:HOSTED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:ORGANIZED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:CHAIRED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:HELD_IN]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter OR ($afterNull AND n.date IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.date IS NULL OR n.date < $afterKey OR (n.date = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.date IS NULL THEN 1 ELSE 0 END, n.date DESC, n.id ASC
LIMIT $limit
