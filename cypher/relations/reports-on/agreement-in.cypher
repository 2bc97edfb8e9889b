// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON to a batch of Agreement ids; the other end is a Publication.
MATCH (a:Agreement)<-[r:REPORTS_ON]-(b:Publication)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
