// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PUBLISHED_BY from a batch of Publication ids, Organization at the other end.
UNWIND $ids AS id
MATCH (a:Publication {id: id})-[r:PUBLISHED_BY]->(b:Organization)
RETURN a.id AS key, count(r) AS count
