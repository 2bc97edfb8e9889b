// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PUBLISHED_BY to a batch of Organization ids; the other end is a Source or Publication.
MATCH (a:Organization)<-[r:PUBLISHED_BY]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
