// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Agreement nodes the filters select, counted by memberState.
WITH $nameContains AS q, $organization AS organization, $memberState AS memberState, $country AS country
MATCH (n:Agreement)
WHERE (q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))
  AND (NOT $hasKind OR toLower(n.kind) = $kind)
  AND (NOT $hasDateFrom OR n.date >= $dateFrom)
  AND (NOT $hasDateTo OR n.date <= $dateTo OR n.date STARTS WITH $dateTo)
  AND (NOT $hasOrganization OR EXISTS { MATCH (n)<-[r0:PARTY_TO]-(m:Organization) WHERE m.id = organization })
  AND (NOT $hasMemberState OR EXISTS { MATCH (n)<-[r0:PARTY_TO]-(m:MemberState) WHERE m.id = memberState })
  AND (NOT $hasCountry OR EXISTS { MATCH (n)<-[r0:PARTY_TO]-(m:Country) WHERE m.id = country })
WITH n
MATCH (n)<-[r0:PARTY_TO]-(m:MemberState)
RETURN m.id AS key, n.id AS id
