// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many relationships each node of a batch has.
MATCH (n)-[r]-() WHERE n.id IN $ids RETURN n.id AS id, count(r) AS degree
