// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many nodes have no search text yet.
MATCH (n) WHERE n.id IS NOT NULL AND n.search IS NULL RETURN count(n) AS count
