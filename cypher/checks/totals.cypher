// Data check: the totals the sources fix.
RETURN COUNT { MATCH (s:MemberState) } AS memberStates,
       COUNT { MATCH (c:City) WHERE c.pilot = true } AS pilotCities,
       COUNT { MATCH (o:Officer) } AS officers
