// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Network nodes, by established ascending.
WITH $nameContains AS q
MATCH (n:Network)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasEstablishedFrom OR n.established >= $establishedFrom)
  AND (NOT $hasEstablishedTo OR n.established <= $establishedTo OR n.established STARTS WITH $establishedTo)
  AND (NOT $hasAfter OR ($afterNull AND n.established IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.established IS NULL OR n.established > $afterKey OR (n.established = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.established IS NULL THEN 1 ELSE 0 END, n.established ASC, n.id ASC
LIMIT $limit
