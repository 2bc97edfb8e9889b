// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTICIPATED_IN to a batch of Summit ids; the other end is a Person.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:PARTICIPATED_IN]-(b:Person)
RETURN a.id AS key, b AS node, r AS rel
