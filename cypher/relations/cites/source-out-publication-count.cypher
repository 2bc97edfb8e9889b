// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many CITES from a batch of Source ids, Publication at the other end.
UNWIND $ids AS id
MATCH (a:Source {id: id})-[r:CITES]->(b:Publication)
RETURN a.id AS key, count(r) AS count
