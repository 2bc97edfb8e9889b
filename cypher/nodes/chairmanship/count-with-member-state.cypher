// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Chairmanship nodes the filters select (filtered by memberState).
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Chairmanship)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasBody OR toLower(n.body) = $body)
  AND (NOT $hasYear OR n.year = $year)
  AND (NOT $hasYearFrom OR n.year >= $yearFrom)
  AND (NOT $hasYearTo OR n.year <= $yearTo)
  AND (EXISTS { MATCH (n)-[r0:HELD_BY]->(m:MemberState) WHERE m.id = memberState })
RETURN count(n) AS count
