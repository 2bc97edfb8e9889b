// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Role nodes the filters select, counted by level.
WITH $nameContains AS q
MATCH (n:Role)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasLevel OR toLower(n.level) = $level)
RETURN n.level AS key, count(n) AS count
