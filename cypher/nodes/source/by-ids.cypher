// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Source nodes for a batch of ids.
UNWIND $ids AS id
MATCH (n:Source {id: id})
RETURN n AS node
