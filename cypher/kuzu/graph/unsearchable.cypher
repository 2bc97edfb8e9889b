// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many nodes have no search text yet, or no copy of it in SearchText.
MATCH (n) WHERE n.id IS NOT NULL OPTIONAL MATCH (s:SearchText {key: n.id}) WITH n, s WHERE n.search IS NULL OR s IS NULL RETURN count(n) AS count
