// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOLDS_ROLE to a batch of Role ids; the other end is a Officer.
MATCH (a:Role)<-[r:HOLDS_ROLE]-(b:Officer)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
