// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Source nodes.
WITH $nameContains AS q
MATCH (n:Source)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasPublisher OR toLower(n.publisher) = $publisher)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'title_asc' AND n.title IS NULL THEN 1 WHEN $orderBy = 'title_desc' AND n.title IS NULL THEN 1 WHEN $orderBy = 'date_asc' AND n.date IS NULL THEN 1 WHEN $orderBy = 'date_desc' AND n.date IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'title_asc' THEN n.title END ASC,
  CASE WHEN $orderBy = 'title_desc' THEN n.title END DESC,
  CASE WHEN $orderBy = 'date_asc' THEN n.date END ASC,
  CASE WHEN $orderBy = 'date_desc' THEN n.date END DESC,
  n.id ASC
SKIP $skip
LIMIT $limit
