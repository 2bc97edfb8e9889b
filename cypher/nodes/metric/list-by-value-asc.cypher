// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Metric nodes, by value ascending.
WITH $nameContains AS q
MATCH (n:Metric)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasUnit OR toLower(n.unit) = $unit)
  AND (NOT $hasYearFrom OR n.year >= $yearFrom)
  AND (NOT $hasYearTo OR n.year <= $yearTo OR n.year STARTS WITH $yearTo)
  AND (NOT $hasAfter OR ($afterNull AND n.value IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.value IS NULL OR n.value > $afterKey OR (n.value = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.value IS NULL THEN 1 ELSE 0 END, n.value ASC, n.id ASC
LIMIT $limit
