// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// City nodes the filters select, counted by pilot.
WITH $nameContains AS q, $memberState AS memberState, $network AS network
MATCH (n:City)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasPilot OR n.pilot = $pilot)
  AND (NOT $hasMemberState OR EXISTS { MATCH (n)-[r0:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasNetwork OR EXISTS { MATCH (n)-[r0:MEMBER_OF]->(m:Network) WHERE m.id = network })
RETURN n.pilot AS key, count(n) AS count
