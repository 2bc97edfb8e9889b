// Synthetic cities (located in their states by synthetic-located-in).
UNWIND $rows AS r
MERGE (c:City {id: r.id})
SET c.name = r.name, c.pilot = true, c.sources = $sources
