// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every HELD_IN from a batch of Summit ids, City at the other end.
UNWIND $ids AS id
MATCH (a:Summit {id: id})-[r:HELD_IN]->(b:City)
RETURN a.id AS key, b AS node, r AS rel
