// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many FrameworkArea nodes the filters select (filtered by framework).
WITH $nameContains AS q, $framework AS framework
MATCH (n:FrameworkArea)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (EXISTS { MATCH (n)-[r0:PART_OF]->(m:Framework) WHERE m.id = framework })
RETURN count(n) AS count
