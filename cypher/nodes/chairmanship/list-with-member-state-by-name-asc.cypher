// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Chairmanship nodes (filtered by memberState), by name ascending.
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Chairmanship)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasBody OR toLower(n.body) = $body)
  AND (NOT $hasYear OR n.year = $year)
  AND (NOT $hasYearFrom OR n.year >= $yearFrom)
  AND (NOT $hasYearTo OR n.year <= $yearTo)
  AND (EXISTS { MATCH (n)-[r0:HELD_BY]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter OR ($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterKey OR (n.name = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.name IS NULL THEN 1 ELSE 0 END, n.name ASC, n.id ASC
LIMIT $limit
