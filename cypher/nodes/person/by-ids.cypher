// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Person nodes for a batch of ids.
MATCH (n:Person)
WHERE n.id IN $ids
RETURN n AS node
