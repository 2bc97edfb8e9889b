// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Framework nodes for a batch of ids.
MATCH (n:Framework)
WHERE n.id IN $ids
RETURN n AS node
