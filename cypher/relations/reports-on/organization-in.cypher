// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON to a batch of Organization ids; the other end is a Source.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:REPORTS_ON]-(b:Source)
RETURN a.id AS key, b AS node, r AS rel
