// Data check: officers who serve no city or member state.
MATCH (o:Officer)
WHERE NOT EXISTS { MATCH (o)-[:SERVES]->() }
RETURN o.id AS id
ORDER BY id
