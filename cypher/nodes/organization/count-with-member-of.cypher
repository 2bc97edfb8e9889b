// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Organization nodes the filters select (filtered by memberOf).
WITH $nameContains AS q, $memberOf AS memberOf
MATCH (n:Organization)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasFoundedFrom OR n.founded >= $foundedFrom)
  AND (NOT $hasFoundedTo OR n.founded <= $foundedTo OR n.founded STARTS WITH $foundedTo)
  AND (EXISTS { MATCH (n)-[r0:MEMBER_OF]->(m:Organization) WHERE m.id = memberOf })
RETURN count(n) AS count
