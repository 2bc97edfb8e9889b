// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CITES to a batch of Publication ids; the other end is a Source.
UNWIND $ids AS id
MATCH (a:Publication {id: id})<-[r:CITES]-(b:Source)
RETURN a.id AS key, b AS node, r AS rel
