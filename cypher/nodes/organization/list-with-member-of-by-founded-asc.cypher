// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Organization nodes (filtered by memberOf), by founded ascending.
WITH $nameContains AS q, $memberOf AS memberOf
MATCH (n:Organization)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasFoundedFrom OR n.founded >= $foundedFrom)
  AND (NOT $hasFoundedTo OR n.founded <= $foundedTo OR n.founded STARTS WITH $foundedTo)
  AND (EXISTS { MATCH (n)-[r0:MEMBER_OF]->(m:Organization) WHERE m.id = memberOf })
  AND (NOT $hasAfter OR ($afterNull AND n.founded IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.founded IS NULL OR n.founded > $afterKey OR (n.founded = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.founded IS NULL THEN 1 ELSE 0 END, n.founded ASC, n.id ASC
LIMIT $limit
