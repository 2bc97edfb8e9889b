// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Person nodes the filters select (filtered by memberState).
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Person)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (EXISTS { MATCH (n)-[r0:HOLDS_OFFICE_IN]->(m:MemberState) WHERE m.id = memberState })
RETURN count(n) AS count
