// Data check: nodes that cite no source.
MATCH (n)
WHERE n.id IS NOT NULL AND (n.sources IS NULL OR size(n.sources) = 0)
RETURN n.id AS id
ORDER BY id
