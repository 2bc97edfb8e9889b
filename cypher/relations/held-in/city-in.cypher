// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HELD_IN to a batch of City ids; the other end is a Summit or Meeting.
UNWIND $ids AS id
MATCH (a:City {id: id})<-[r:HELD_IN]-(b)
RETURN a.id AS key, b AS node, r AS rel
