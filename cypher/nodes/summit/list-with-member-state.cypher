// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Summit nodes (filtered by memberState).
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Summit)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasSeries OR toLower(n.series) = $series)
  AND (NOT $hasOrdinal OR n.ordinal = $ordinal)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (EXISTS { MATCH (n)-[r0:HOSTED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:HELD_IN]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter
    OR ($orderBy = 'name_asc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'name_desc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'date_asc' AND (($afterNull AND n.date IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.date IS NULL OR n.date > $afterDate OR (n.date = $afterDate AND n.id > $afterId)))))
    OR ($orderBy = 'date_desc' AND (($afterNull AND n.date IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.date IS NULL OR n.date < $afterDate OR (n.date = $afterDate AND n.id > $afterId)))))
    OR ($orderBy = 'ordinal_asc' AND (($afterNull AND n.ordinal IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.ordinal IS NULL OR n.ordinal > $afterOrdinal OR (n.ordinal = $afterOrdinal AND n.id > $afterId)))))
    OR ($orderBy = 'ordinal_desc' AND (($afterNull AND n.ordinal IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.ordinal IS NULL OR n.ordinal < $afterOrdinal OR (n.ordinal = $afterOrdinal AND n.id > $afterId))))))
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'date_asc' AND n.date IS NULL THEN 1 WHEN $orderBy = 'date_desc' AND n.date IS NULL THEN 1 WHEN $orderBy = 'ordinal_asc' AND n.ordinal IS NULL THEN 1 WHEN $orderBy = 'ordinal_desc' AND n.ordinal IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'date_asc' THEN n.date END ASC,
  CASE WHEN $orderBy = 'date_desc' THEN n.date END DESC,
  CASE WHEN $orderBy = 'ordinal_asc' THEN n.ordinal END ASC,
  CASE WHEN $orderBy = 'ordinal_desc' THEN n.ordinal END DESC,
  n.id ASC
LIMIT $limit
