// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Agreement nodes (filtered by organization), by date descending.
WITH $nameContains AS q, $organization AS organization
MATCH (n:Agreement)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (EXISTS { MATCH (n)<-[r0:PARTY_TO]-(m:Organization) WHERE m.id = organization })
  AND (NOT $hasAfter OR ($afterNull AND n.date IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.date IS NULL OR n.date < $afterKey OR (n.date = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.date IS NULL THEN 1 ELSE 0 END, n.date DESC, n.id ASC
LIMIT $limit
