// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Person nodes the filters select, counted by memberState.
WITH $nameContains AS q, $organization AS organization, $memberState AS memberState
MATCH (n:Person)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasOrganization OR EXISTS { MATCH (n)-[r0:HOLDS_OFFICE_IN]->(m:Organization) WHERE m.id = organization })
  AND (NOT $hasMemberState OR EXISTS { MATCH (n)-[r0:HOLDS_OFFICE_IN]->(m:MemberState) WHERE m.id = memberState })
WITH n
MATCH (n)-[r0:HOLDS_OFFICE_IN]->(m:MemberState)
RETURN m.id AS key, n.id AS id
