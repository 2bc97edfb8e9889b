// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of FrameworkArea nodes, by ordinal ascending.
WITH $nameContains AS q
MATCH (n:FrameworkArea)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasAfter OR ($afterNull AND n.ordinal IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.ordinal IS NULL OR n.ordinal > $afterKey OR (n.ordinal = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.ordinal IS NULL THEN 1 ELSE 0 END, n.ordinal ASC, n.id ASC
LIMIT $limit
