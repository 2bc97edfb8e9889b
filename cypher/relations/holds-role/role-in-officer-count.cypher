// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HOLDS_ROLE to a batch of Role ids, Officer at the other end.
UNWIND $ids AS id
MATCH (a:Role {id: id})<-[r:HOLDS_ROLE]-(b:Officer)
RETURN a.id AS key, count(r) AS count
