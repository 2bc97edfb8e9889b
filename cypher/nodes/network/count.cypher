// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Network nodes the filters select.
WITH $nameContains AS q
MATCH (n:Network)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasEstablishedFrom OR n.established >= $establishedFrom)
  AND (NOT $hasEstablishedTo OR n.established <= $establishedTo OR n.established STARTS WITH $establishedTo)
RETURN count(n) AS count
