// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Framework nodes, by adopted descending.
WITH $nameContains AS q
MATCH (n:Framework)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasAdoptedFrom OR n.adopted >= $adoptedFrom)
  AND (NOT $hasAdoptedTo OR n.adopted <= $adoptedTo OR n.adopted STARTS WITH $adoptedTo)
  AND (NOT $hasAfter OR ($afterNull AND n.adopted IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.adopted IS NULL OR n.adopted < $afterKey OR (n.adopted = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.adopted IS NULL THEN 1 ELSE 0 END, n.adopted DESC, n.id ASC
LIMIT $limit
