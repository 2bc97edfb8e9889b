// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Deletes the search texts in SearchText of nodes that are gone ($ids: every node's id).
MATCH (s:SearchText) WHERE NOT s.key IN $ids DELETE s RETURN count(*) AS pruned
