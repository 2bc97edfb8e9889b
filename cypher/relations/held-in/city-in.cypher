// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HELD_IN to a batch of City ids; the other end is a Summit or Meeting.
MATCH (a:City)<-[r:HELD_IN]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
