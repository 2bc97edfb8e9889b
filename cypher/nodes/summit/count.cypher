// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Summit nodes the filters select.
WITH $nameContains AS q
MATCH (n:Summit)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasSeries OR toLower(n.series) = $series)
  AND (NOT $hasOrdinal OR n.ordinal = $ordinal)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
RETURN count(n) AS count
