// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Publication nodes for a batch of ids.
UNWIND $ids AS id
MATCH (n:Publication {id: id})
RETURN n AS node
