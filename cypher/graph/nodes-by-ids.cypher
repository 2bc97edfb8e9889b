// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Nodes of any label for a batch of ids.
UNWIND $ids AS id MATCH (n {id: id}) RETURN n AS node
