// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUPPORTS to a batch of City ids; the other end is a Agreement.
UNWIND $ids AS id
MATCH (a:City {id: id})<-[r:SUPPORTS]-(b:Agreement)
RETURN a.id AS key, b AS node, r AS rel
