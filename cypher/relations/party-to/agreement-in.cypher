// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTY_TO to a batch of Agreement ids; the other end is a Person or Organization or MemberState or Country or Network.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})<-[r:PARTY_TO]-(b)
RETURN a.id AS key, b AS node, r AS rel
