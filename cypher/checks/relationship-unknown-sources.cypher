// Data check: source ids cited by a relationship that are not the id of a Source node.
MATCH (a)-[r]->(b)
WHERE r.sources IS NOT NULL
UNWIND r.sources AS source
WITH a, b, source
WHERE NOT EXISTS { MATCH (s:Source {id: source}) }
RETURN a.id AS fromId, b.id AS toId, source AS source
ORDER BY fromId, toId, source
