// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Metric nodes the filters select, counted by unit.
WITH $nameContains AS q
MATCH (n:Metric)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasUnit OR toLower(n.unit) = $unit)
  AND (NOT $hasYearFrom OR n.year >= $yearFrom)
  AND (NOT $hasYearTo OR n.year <= $yearTo OR n.year STARTS WITH $yearTo)
RETURN n.unit AS key, count(n) AS count
