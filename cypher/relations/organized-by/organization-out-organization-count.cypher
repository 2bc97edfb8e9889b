// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many ORGANIZED_BY from a batch of Organization ids, Organization at the other end.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:ORGANIZED_BY]->(b:Organization)
RETURN a.id AS key, count(r) AS count
