// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// LOCATED_IN to a batch of Country ids; the other end is a City.
MATCH (a:Country)<-[r:LOCATED_IN]-(b:City)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
