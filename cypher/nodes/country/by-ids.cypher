// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Country nodes for a batch of ids.
MATCH (n:Country)
WHERE n.id IN $ids
RETURN n AS node
