// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Role nodes for a batch of ids.
UNWIND $ids AS id
MATCH (n:Role {id: id})
RETURN n AS node
