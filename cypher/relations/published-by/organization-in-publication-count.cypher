// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PUBLISHED_BY to a batch of Organization ids, Publication at the other end.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:PUBLISHED_BY]-(b:Publication)
RETURN a.id AS key, count(r) AS count
