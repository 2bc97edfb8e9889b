// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF from a batch of Organization ids; the other end is a Organization or MemberState.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:PART_OF]->(b)
RETURN a.id AS key, b AS node, r AS rel
