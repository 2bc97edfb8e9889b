// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Publication nodes.
WITH $nameContains AS q
MATCH (n:Publication)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasPublisher OR toLower(n.publisher) = $publisher)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (NOT $hasAfter
    OR ($orderBy = 'name_asc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'name_desc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'date_asc' AND (($afterNull AND n.date IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.date IS NULL OR n.date > $afterDate OR (n.date = $afterDate AND n.id > $afterId)))))
    OR ($orderBy = 'date_desc' AND (($afterNull AND n.date IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.date IS NULL OR n.date < $afterDate OR (n.date = $afterDate AND n.id > $afterId))))))
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'date_asc' AND n.date IS NULL THEN 1 WHEN $orderBy = 'date_desc' AND n.date IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'date_asc' THEN n.date END ASC,
  CASE WHEN $orderBy = 'date_desc' THEN n.date END DESC,
  n.id ASC
LIMIT $limit
