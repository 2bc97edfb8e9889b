// Synthetic officers (attached to their cities by synthetic-serves).
UNWIND $rows AS r
MERGE (o:Officer {id: r.id})
SET o.name = r.name, o.role = 'Chief Smart City Officer', o.designation = 'Synthetic', o.sources = $sources
