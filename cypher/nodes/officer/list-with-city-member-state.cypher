// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Officer nodes (filtered by city and memberState).
WITH $nameContains AS q, $city AS city, $memberState AS memberState
MATCH (n:Officer)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasRole OR toLower(n.role) = $role)
  AND (EXISTS { MATCH (n)-[r0:SERVES]->(m:City) WHERE m.id = city })
  AND (EXISTS { MATCH (n)-[r0:SERVES]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:SERVES]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter
    OR ($orderBy = 'name_asc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'name_desc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterName OR (n.name = $afterName AND n.id > $afterId))))))
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  n.id ASC
LIMIT $limit
