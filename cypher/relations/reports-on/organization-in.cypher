// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON to a batch of Organization ids; the other end is a Source.
MATCH (a:Organization)<-[r:REPORTS_ON]-(b:Source)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
