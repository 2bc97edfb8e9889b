// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Source nodes, by title descending.
WITH $nameContains AS q
MATCH (n:Source)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasPublisher OR toLower(n.publisher) = $publisher)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (NOT $hasAfter OR ($afterNull AND n.title IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.title IS NULL OR n.title < $afterKey OR (n.title = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.title IS NULL THEN 1 ELSE 0 END, n.title DESC, n.id ASC
LIMIT $limit
