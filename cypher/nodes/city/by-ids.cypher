// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// City nodes for a batch of ids.
UNWIND $ids AS id
MATCH (n:City {id: id})
RETURN n AS node
