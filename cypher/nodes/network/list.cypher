// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of Network nodes.
WITH $nameContains AS q
MATCH (n:Network)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasEstablishedFrom OR n.established >= $establishedFrom)
  AND (NOT $hasEstablishedTo OR n.established <= $establishedTo OR n.established STARTS WITH $establishedTo)
  AND (NOT $hasAfter
    OR ($orderBy = 'name_asc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'name_desc' AND (($afterNull AND n.name IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.name IS NULL OR n.name < $afterName OR (n.name = $afterName AND n.id > $afterId)))))
    OR ($orderBy = 'established_asc' AND (($afterNull AND n.established IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.established IS NULL OR n.established > $afterEstablished OR (n.established = $afterEstablished AND n.id > $afterId)))))
    OR ($orderBy = 'established_desc' AND (($afterNull AND n.established IS NULL AND n.id > $afterId) OR (NOT $afterNull AND (n.established IS NULL OR n.established < $afterEstablished OR (n.established = $afterEstablished AND n.id > $afterId))))))
RETURN n AS node
ORDER BY
  CASE WHEN $orderBy = 'name_asc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'name_desc' AND n.name IS NULL THEN 1 WHEN $orderBy = 'established_asc' AND n.established IS NULL THEN 1 WHEN $orderBy = 'established_desc' AND n.established IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $orderBy = 'name_asc' THEN n.name END ASC,
  CASE WHEN $orderBy = 'name_desc' THEN n.name END DESC,
  CASE WHEN $orderBy = 'established_asc' THEN n.established END ASC,
  CASE WHEN $orderBy = 'established_desc' THEN n.established END DESC,
  n.id ASC
LIMIT $limit
