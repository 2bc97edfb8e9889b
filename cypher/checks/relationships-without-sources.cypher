// Data check: relationships that cite no source (named by their endpoints: the type is not portable).
MATCH (a)-[r]->(b)
WHERE r.sources IS NULL OR size(r.sources) = 0
RETURN a.id AS fromId, b.id AS toId
ORDER BY fromId, toId
