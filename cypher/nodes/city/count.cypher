// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many City nodes the filters select.
WITH $nameContains AS q
MATCH (n:City)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasPilot OR n.pilot = $pilot)
RETURN count(n) AS count
