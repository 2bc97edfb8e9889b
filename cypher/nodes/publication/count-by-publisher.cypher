// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Publication nodes the filters select, counted by publisher.
WITH $nameContains AS q
MATCH (n:Publication)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasPublisher OR toLower(n.publisher) = $publisher)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
RETURN n.publisher AS key, count(n) AS count
