// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HELD_IN from a batch of Summit ids; the other end is a City.
MATCH (a:Summit)-[r:HELD_IN]->(b:City)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
