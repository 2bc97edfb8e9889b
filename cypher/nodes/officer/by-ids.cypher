// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Officer nodes for a batch of ids.
UNWIND $ids AS id
MATCH (n:Officer {id: id})
RETURN n AS node
