// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Chairmanship nodes (filtered by memberState).
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Chairmanship)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasBody OR toLower(n.body) = $body)
  AND (NOT $hasYear OR n.year = $year)
  AND (NOT $hasYearFrom OR n.year >= $yearFrom)
  AND (NOT $hasYearTo OR n.year <= $yearTo)
  AND (EXISTS { MATCH (n)-[r0:HELD_BY]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter
    OR ($orderBy = 'name_asc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'name_desc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'year_asc' AND (($afterNull AND n.year IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.year IS NULL OR n.year > $afterYear OR (n.year = $afterYear AND n.id > $afterId)))))
    OR ($orderBy = 'year_desc' AND (($afterNull AND n.year IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.year IS NULL OR n.year < $afterYear OR (n.year = $afterYear AND n.id > $afterId))))))
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'year_asc' AND n.year IS NULL THEN 1 WHEN $orderBy = 'year_desc' AND n.year IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'year_asc' THEN n.year END ASC,
  CASE WHEN $orderBy = 'year_desc' THEN n.year END DESC,
  n.id ASC
LIMIT $limit
