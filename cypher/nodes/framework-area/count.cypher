// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many FrameworkArea nodes the filters select.
WITH $nameContains AS q
MATCH (n:FrameworkArea)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
RETURN count(n) AS count
