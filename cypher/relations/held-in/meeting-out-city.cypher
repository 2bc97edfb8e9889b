// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every HELD_IN from a batch of Meeting ids, City at the other end.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})-[r:HELD_IN]->(b:City)
RETURN a.id AS key, b AS node, r AS rel
