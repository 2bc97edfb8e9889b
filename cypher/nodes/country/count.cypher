// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Country nodes the filters select.
WITH $nameContains AS q
MATCH (n:Country)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasIsoAlpha2 OR toLower(n.isoAlpha2) = $isoAlpha2)
RETURN count(n) AS count
