// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// WORKS_FOR to a batch of Organization ids; the other end is a Officer.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:WORKS_FOR]-(b:Officer)
RETURN a.id AS key, b AS node, r AS rel
