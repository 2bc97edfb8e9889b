// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Officer nodes the filters select (filtered by memberState).
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Officer)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasRole OR toLower(n.role) = $role)
  AND (EXISTS { MATCH (n)-[r0:SERVES]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:SERVES]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
RETURN count(n) AS count
