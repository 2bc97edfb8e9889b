// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON from a batch of Publication ids; the other end is a Summit or Meeting or Agreement.
UNWIND $ids AS id
MATCH (a:Publication {id: id})-[r:REPORTS_ON]->(b)
RETURN a.id AS key, b AS node, r AS rel
