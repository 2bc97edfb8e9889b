// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MemberState nodes the filters select, counted by isoAlpha2.
WITH $nameContains AS q
MATCH (n:MemberState)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasIsoAlpha2 OR toLower(n.isoAlpha2) = $isoAlpha2)
  AND (NOT $hasIsoAlpha3 OR toLower(n.isoAlpha3) = $isoAlpha3)
RETURN n.isoAlpha2 AS key, count(n) AS count
