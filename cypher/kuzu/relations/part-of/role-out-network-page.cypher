// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of PART_OF from a batch of Role ids, Network at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Role {id: id})-[r:PART_OF]->(b:Network)
WITH id(a) AS aid, a.id AS key, coalesce(b.name, '') AS k0, b.id AS oid, id(b) AS other
ORDER BY key, k0, oid
LIMIT 9223372036854775807
WITH aid, key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (b:Network) WHERE id(b) = other
MATCH (a:Role)-[r:PART_OF]->(b) WHERE id(a) = aid
RETURN key, b AS node, r AS rel
