// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Full-text search over every label (Neo4j full-text index).
CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 200}) YIELD node, score RETURN node.id AS id, score AS score
