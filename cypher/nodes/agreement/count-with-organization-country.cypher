// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many Agreement nodes the filters select (filtered by organization and country).
WITH $nameContains AS q, $organization AS organization, $country AS country
MATCH (n:Agreement)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (EXISTS { MATCH (n)<-[r0:PARTY_TO]-(m:Organization) WHERE m.id = organization })
  AND (EXISTS { MATCH (n)<-[r0:PARTY_TO]-(m:Country) WHERE m.id = country })
RETURN count(n) AS count
