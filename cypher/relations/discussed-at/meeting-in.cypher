// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// DISCUSSED_AT to a batch of Meeting ids; the other end is a Framework.
MATCH (a:Meeting)<-[r:DISCUSSED_AT]-(b:Framework)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
