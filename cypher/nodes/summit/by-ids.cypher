// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Summit nodes for a batch of ids.
UNWIND $ids AS id
MATCH (n:Summit {id: id})
RETURN n AS node
