// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CITES to a batch of Publication ids; the other end is a Source.
MATCH (a:Publication)<-[r:CITES]-(b:Source)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
