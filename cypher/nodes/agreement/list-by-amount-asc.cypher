// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Agreement nodes, by amount ascending.
WITH $nameContains AS q
MATCH (n:Agreement)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (NOT $hasAfter OR ($afterNull AND n.amount IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.amount IS NULL OR n.amount > $afterKey OR (n.amount = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.amount IS NULL THEN 1 ELSE 0 END, n.amount ASC, n.id ASC
LIMIT $limit
