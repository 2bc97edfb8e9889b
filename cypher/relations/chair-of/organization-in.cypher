// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CHAIR_OF to a batch of Organization ids; the other end is a Chairmanship.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:CHAIR_OF]-(b:Chairmanship)
RETURN a.id AS key, b AS node, r AS rel
