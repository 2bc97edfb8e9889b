// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every node (the whole-graph export).
MATCH (n) WHERE n.id IS NOT NULL RETURN n AS node
