// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTY_TO to a batch of Agreement ids; the other end is a Person or Organization or MemberState or Country or Network.
MATCH (a:Agreement)<-[r:PARTY_TO]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
