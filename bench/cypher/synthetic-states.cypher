// Synthetic member states for benchmarks (ids under state:syn-).
UNWIND $rows AS r
MERGE (s:MemberState {id: r.id})
SET s.name = r.name, s.sources = $sources
