// Data check: source ids cited by a node that are not the id of a Source node.
MATCH (n)
WHERE n.id IS NOT NULL AND n.sources IS NOT NULL
UNWIND n.sources AS source
WITH n, source
WHERE NOT EXISTS { MATCH (s:Source {id: source}) }
RETURN n.id AS id, source AS source
ORDER BY id, source
