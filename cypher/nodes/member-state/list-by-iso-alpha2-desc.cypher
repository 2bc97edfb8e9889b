// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of MemberState nodes, by isoAlpha2 descending.
WITH $nameContains AS q
MATCH (n:MemberState)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasIsoAlpha2 OR toLower(n.isoAlpha2) = $isoAlpha2)
  AND (NOT $hasIsoAlpha3 OR toLower(n.isoAlpha3) = $isoAlpha3)
  AND (NOT $hasAfter OR ($afterNull AND n.isoAlpha2 IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.isoAlpha2 IS NULL OR n.isoAlpha2 < $afterKey OR (n.isoAlpha2 = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.isoAlpha2 IS NULL THEN 1 ELSE 0 END, n.isoAlpha2 DESC, n.id ASC
LIMIT $limit
