// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PARTY_TO from a batch of Person ids; the other end is a Agreement.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:PARTY_TO]->(b:Agreement)
RETURN a.id AS key, b AS node, r AS rel
