// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HELD_IN from a batch of Meeting ids; the other end is a City.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})-[r:HELD_IN]->(b:City)
RETURN a.id AS key, b AS node, r AS rel
