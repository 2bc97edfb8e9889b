// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON to a batch of Meeting ids; the other end is a Source or Publication.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})<-[r:REPORTS_ON]-(b)
RETURN a.id AS key, b AS node, r AS rel
