// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Chairmanship nodes the filters select.
WITH $nameContains AS q
MATCH (n:Chairmanship)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasBody OR toLower(n.body) = $body)
  AND (NOT $hasYear OR n.year = $year)
  AND (NOT $hasYearFrom OR n.year >= $yearFrom)
  AND (NOT $hasYearTo OR n.year <= $yearTo)
RETURN count(n) AS count
