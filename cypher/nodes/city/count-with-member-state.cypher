// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many City nodes the filters select (filtered by memberState).
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:City)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasPilot OR n.pilot = $pilot)
  AND (EXISTS { MATCH (n)-[r0:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
RETURN count(n) AS count
