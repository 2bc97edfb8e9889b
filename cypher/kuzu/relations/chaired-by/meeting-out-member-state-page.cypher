// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of CHAIRED_BY from a batch of Meeting ids, MemberState at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Meeting {id: id})-[r:CHAIRED_BY]->(b:MemberState)
WITH id(a) AS aid, a.id AS key, coalesce(b.name, '') AS k0, b.id AS oid, id(b) AS other
ORDER BY key, k0, oid
LIMIT 9223372036854775807
WITH aid, key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (b:MemberState) WHERE id(b) = other
MATCH (a:Meeting)-[r:CHAIRED_BY]->(b) WHERE id(a) = aid
RETURN key, b AS node, r AS rel
