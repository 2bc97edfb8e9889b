// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Framework nodes (filtered by memberState).
WITH $nameContains AS q, $memberState AS memberState
MATCH (n:Framework)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasAdoptedFrom OR n.adopted >= $adoptedFrom)
  AND (NOT $hasAdoptedTo OR n.adopted <= $adoptedTo OR n.adopted STARTS WITH $adoptedTo)
  AND (EXISTS { MATCH (n)-[r0:ISSUED_BY]->(m:MemberState) WHERE m.id = memberState } OR EXISTS { MATCH (n)-[r0:ISSUED_BY]->(:City)-[r1:LOCATED_IN]->(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasAfter
    OR ($orderBy = 'name_asc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'name_desc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'adopted_asc' AND (($afterNull AND n.adopted IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.adopted IS NULL OR n.adopted > $afterAdopted OR (n.adopted = $afterAdopted AND n.id > $afterId)))))
    OR ($orderBy = 'adopted_desc' AND (($afterNull AND n.adopted IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.adopted IS NULL OR n.adopted < $afterAdopted OR (n.adopted = $afterAdopted AND n.id > $afterId))))))
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'adopted_asc' AND n.adopted IS NULL THEN 1 WHEN $orderBy = 'adopted_desc' AND n.adopted IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'adopted_asc' THEN n.adopted END ASC,
  CASE WHEN $orderBy = 'adopted_desc' THEN n.adopted END DESC,
  n.id ASC
LIMIT $limit
