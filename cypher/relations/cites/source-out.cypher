// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CITES from a batch of Source ids; the other end is a Publication or Framework.
UNWIND $ids AS id
MATCH (a:Source {id: id})-[r:CITES]->(b)
RETURN a.id AS key, b AS node, r AS rel
