// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Chairmanship nodes, by year ascending.
WITH $nameContains AS q
MATCH (n:Chairmanship)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasBody OR toLower(n.body) = $body)
  AND (NOT $hasYear OR n.year = $year)
  AND (NOT $hasYearFrom OR n.year >= $yearFrom)
  AND (NOT $hasYearTo OR n.year <= $yearTo)
  AND (NOT $hasAfter OR ($afterNull AND n.year IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.year IS NULL OR n.year > $afterKey OR (n.year = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.year IS NULL THEN 1 ELSE 0 END, n.year ASC, n.id ASC
LIMIT $limit
