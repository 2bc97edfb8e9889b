// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// LOCATED_IN to a batch of Country ids; the other end is a City.
UNWIND $ids AS id
MATCH (a:Country {id: id})<-[r:LOCATED_IN]-(b:City)
RETURN a.id AS key, b AS node, r AS rel
