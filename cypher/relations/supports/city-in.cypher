// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUPPORTS to a batch of City ids; the other end is a Agreement.
MATCH (a:City)<-[r:SUPPORTS]-(b:Agreement)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
