// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Officer nodes, by name descending.
WITH $nameContains AS q
MATCH (n:Officer)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasRole OR toLower(n.role) = $role)
  AND (NOT $hasAfter OR ($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterKey OR (n.name = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.name IS NULL THEN 1 ELSE 0 END, n.name DESC, n.id ASC
LIMIT $limit
