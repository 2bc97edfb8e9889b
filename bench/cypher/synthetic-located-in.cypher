// Each synthetic city in its synthetic state (WHERE, not a property map: see src/db/README.md).
UNWIND $rows AS r
WITH r.id AS city, r.state AS state
MATCH (c:City) WHERE c.id = city
WITH c, state
MATCH (s:MemberState) WHERE s.id = state
MERGE (c)-[l:LOCATED_IN]->(s)
SET l.sources = $sources
