// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOLDS_OFFICE_IN to a batch of Country ids; the other end is a Person.
UNWIND $ids AS id
MATCH (a:Country {id: id})<-[r:HOLDS_OFFICE_IN]-(b:Person)
RETURN a.id AS key, b AS node, r AS rel
