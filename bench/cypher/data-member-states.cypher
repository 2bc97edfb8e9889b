// The member states of the seeds with their pilot cities: synthetic cities are shared out in that proportion.
MATCH (s:MemberState)
OPTIONAL MATCH (s)<-[:LOCATED_IN]-(c:City)
WHERE c.pilot = true
RETURN s.id AS id, count(c) AS pilotCities
ORDER BY id
