// Each synthetic officer serves its synthetic city.
UNWIND $rows AS r
WITH r.id AS officer, r.city AS city
MATCH (o:Officer) WHERE o.id = officer
WITH o, city
MATCH (c:City) WHERE c.id = city
MERGE (o)-[s:SERVES]->(c)
SET s.sources = $sources, s.position = 1
