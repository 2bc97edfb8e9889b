// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Officer nodes the filters select.
WITH $nameContains AS q
MATCH (n:Officer)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasRole OR toLower(n.role) = $role)
RETURN count(n) AS count
