// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Officer nodes the filters select, counted by memberState.
WITH $nameContains AS q, $city AS city, $memberState AS memberState
MATCH (n:Officer)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasRole OR toLower(n.role) = $role)
  AND (NOT $hasCity OR EXISTS { MATCH (n)-[r0:SERVES]->(m:City) WHERE m.id = city })
  AND (NOT $hasMemberState OR EXISTS { MATCH (n)-[r0:SERVES]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:SERVES]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
WITH n
MATCH (n)-[r0:SERVES]->(m:MemberState)
RETURN m.id AS key, n.id AS id
UNION
WITH $nameContains AS q, $city AS city, $memberState AS memberState
MATCH (n:Officer)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasRole OR toLower(n.role) = $role)
  AND (NOT $hasCity OR EXISTS { MATCH (n)-[r0:SERVES]->(m:City) WHERE m.id = city })
  AND (NOT $hasMemberState OR EXISTS { MATCH (n)-[r0:SERVES]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:SERVES]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
WITH n
MATCH (n)-[r0:SERVES]->(:City)-[r1:LOCATED_IN]->(m:MemberState)
RETURN m.id AS key, n.id AS id
