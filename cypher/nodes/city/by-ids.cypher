// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// City nodes for a batch of ids.
MATCH (n:City)
WHERE n.id IN $ids
RETURN n AS node
