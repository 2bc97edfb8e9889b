// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTICIPATED_IN to a batch of Meeting ids; the other end is a Person or Organization or MemberState or Country.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})<-[r:PARTICIPATED_IN]-(b)
RETURN a.id AS key, b AS node, r AS rel
