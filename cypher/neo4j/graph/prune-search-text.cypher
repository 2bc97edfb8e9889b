// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Nothing to prune: Neo4j indexes the search text on the nodes themselves, which go with them.
RETURN 0 AS pruned
