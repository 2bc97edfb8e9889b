// Data check: every pilot city, and every city in a network, with how many member states it
// lies in and whether it belongs to the network $networkId.
MATCH (c:City)
WHERE c.pilot = true OR EXISTS { MATCH (c)-[:MEMBER_OF]->(:Network) }
RETURN c.id AS id,
       c.pilot AS pilot,
       COUNT { MATCH (c)-[:LOCATED_IN]->(:MemberState) } AS states,
       COUNT { MATCH (c)-[:MEMBER_OF]->(:Network {id: $networkId}) } AS inNetwork
ORDER BY id
