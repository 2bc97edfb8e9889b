// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many relationships each node of a batch has.
UNWIND $ids AS id MATCH (n {id: id})-[r]-() RETURN n.id AS id, count(r) AS degree
