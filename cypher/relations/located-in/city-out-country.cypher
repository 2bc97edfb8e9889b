// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every LOCATED_IN from a batch of City ids, Country at the other end.
UNWIND $ids AS id
MATCH (a:City {id: id})-[r:LOCATED_IN]->(b:Country)
RETURN a.id AS key, b AS node, r AS rel
