// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Organization nodes (filtered by memberOf).
WITH $nameContains AS q, $memberOf AS memberOf
MATCH (n:Organization)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasFoundedFrom OR n.founded >= $foundedFrom)
  AND (NOT $hasFoundedTo OR n.founded <= $foundedTo OR n.founded STARTS WITH $foundedTo)
  AND (EXISTS { MATCH (n)-[r0:MEMBER_OF]->(m:Organization) WHERE m.id = memberOf })
  AND (NOT $hasAfter
    OR ($orderBy = 'name_asc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'name_desc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'founded_asc' AND (($afterNull AND n.founded IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.founded IS NULL OR n.founded > $afterFounded OR (n.founded = $afterFounded AND n.id > $afterId)))))
    OR ($orderBy = 'founded_desc' AND (($afterNull AND n.founded IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.founded IS NULL OR n.founded < $afterFounded OR (n.founded = $afterFounded AND n.id > $afterId))))))
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'founded_asc' AND n.founded IS NULL THEN 1 WHEN $orderBy = 'founded_desc' AND n.founded IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'founded_asc' THEN n.founded END ASC,
  CASE WHEN $orderBy = 'founded_desc' THEN n.founded END DESC,
  n.id ASC
LIMIT $limit
