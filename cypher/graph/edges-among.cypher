// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every relationship among a set of nodes.
MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS source, b.id AS target, r AS rel
