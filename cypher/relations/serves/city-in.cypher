// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SERVES to a batch of City ids; the other end is a Officer.
UNWIND $ids AS id
MATCH (a:City {id: id})<-[r:SERVES]-(b:Officer)
RETURN a.id AS key, b AS node, r AS rel
