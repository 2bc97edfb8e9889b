// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of MemberState nodes.
WITH $nameContains AS q
MATCH (n:MemberState)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasIsoAlpha2 OR toLower(n.isoAlpha2) = $isoAlpha2)
  AND (NOT $hasIsoAlpha3 OR toLower(n.isoAlpha3) = $isoAlpha3)
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'isoAlpha2_asc' AND n.isoAlpha2 IS NULL THEN 1 WHEN $orderBy = 'isoAlpha2_desc' AND n.isoAlpha2 IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'isoAlpha2_asc' THEN n.isoAlpha2 END ASC,
  CASE WHEN $orderBy = 'isoAlpha2_desc' THEN n.isoAlpha2 END DESC,
  n.id ASC
SKIP $skip
LIMIT $limit
