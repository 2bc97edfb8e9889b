// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Meeting nodes (filtered by city and network), by edition descending.
WITH $nameContains AS q, $city AS city, $network AS network
MATCH (n:Meeting)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasOnline OR n.online = $online)
  AND (NOT $hasStatus OR toLower(n.status) = $status)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (EXISTS { MATCH (n)-[r0:HELD_IN]->(m:City) WHERE m.id = city })
  AND (EXISTS { MATCH (n)-[r0:MEETING_OF]->(m:Network) WHERE m.id = network })
  AND (NOT $hasAfter OR ($afterNull AND n.edition IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.edition IS NULL OR n.edition < $afterKey OR (n.edition = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.edition IS NULL THEN 1 ELSE 0 END, n.edition DESC, n.id ASC
LIMIT $limit
