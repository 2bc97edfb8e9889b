// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of FrameworkArea nodes, by name ascending.
WITH $nameContains AS q
MATCH (n:FrameworkArea)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasAfter OR ($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterKey OR (n.name = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.name IS NULL THEN 1 ELSE 0 END, n.name ASC, n.id ASC
LIMIT $limit
