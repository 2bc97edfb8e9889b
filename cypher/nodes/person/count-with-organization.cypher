// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Person nodes the filters select (filtered by organization).
WITH $nameContains AS q, $organization AS organization
MATCH (n:Person)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (EXISTS { MATCH (n)-[r0:HOLDS_OFFICE_IN]->(m:Organization) WHERE m.id = organization })
RETURN count(n) AS count
