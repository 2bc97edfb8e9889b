// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF to a batch of Network ids; the other end is a Role.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:PART_OF]-(b:Role)
RETURN a.id AS key, b AS node, r AS rel
