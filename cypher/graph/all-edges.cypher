// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every relationship with its ends (the whole-graph export).
MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target, r AS rel
