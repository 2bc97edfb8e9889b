// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ORGANIZED_BY to a batch of Organization ids; the other end is a Meeting or Organization.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:ORGANIZED_BY]-(b)
RETURN a.id AS key, b AS node, r AS rel
