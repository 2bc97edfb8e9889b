// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every relationship of a batch of nodes, both directions, with the node at the other end.
UNWIND $ids AS id MATCH (a {id: id})-[r]->(b) RETURN a.id AS source, b.id AS target, r AS rel, b AS other
UNION ALL
UNWIND $ids AS id MATCH (a {id: id})<-[r]-(b) RETURN b.id AS source, a.id AS target, r AS rel, b AS other
