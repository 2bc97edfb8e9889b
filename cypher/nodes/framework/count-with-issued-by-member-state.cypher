// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Framework nodes the filters select (filtered by issuedBy and memberState).
WITH $nameContains AS q, $issuedBy AS issuedBy, $memberState AS memberState
MATCH (n:Framework)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasAdoptedFrom OR n.adopted >= $adoptedFrom)
  AND (NOT $hasAdoptedTo OR n.adopted <= $adoptedTo OR n.adopted STARTS WITH $adoptedTo)
  AND (EXISTS { MATCH (n)-[r0:ISSUED_BY]->(m:Organization) WHERE m.id = issuedBy })
  AND (EXISTS { MATCH (n)-[r0:ISSUED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:ISSUED_BY]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
RETURN count(n) AS count
