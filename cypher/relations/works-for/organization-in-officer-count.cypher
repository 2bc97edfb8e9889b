// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many WORKS_FOR to a batch of Organization ids, Officer at the other end.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:WORKS_FOR]-(b:Officer)
RETURN a.id AS key, count(r) AS count
