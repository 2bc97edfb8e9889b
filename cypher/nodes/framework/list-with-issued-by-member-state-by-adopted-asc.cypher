// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Framework nodes (filtered by issuedBy and memberState), by adopted ascending.
WITH $nameContains AS q, $issuedBy AS issuedBy, $memberState AS memberState
MATCH (n:Framework)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasAdoptedFrom OR n.adopted >= $adoptedFrom)
  AND (NOT $hasAdoptedTo OR n.adopted <= $adoptedTo OR n.adopted STARTS WITH $adoptedTo)
  AND (EXISTS { MATCH (n)-[r0:ISSUED_BY]->(m:Organization) WHERE m.id = issuedBy })
  AND (EXISTS { MATCH (n)-[r0:ISSUED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:ISSUED_BY]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter OR ($afterNull AND n.adopted IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.adopted IS NULL OR n.adopted > $afterKey OR (n.adopted = $afterKey AND n.id > $afterId))))
RETURN n AS node
ORDER BY CASE WHEN n.adopted IS NULL THEN 1 ELSE 0 END, n.adopted ASC, n.id ASC
LIMIT $limit
