// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON to a batch of Agreement ids; the other end is a Publication.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})<-[r:REPORTS_ON]-(b:Publication)
RETURN a.id AS key, b AS node, r AS rel
