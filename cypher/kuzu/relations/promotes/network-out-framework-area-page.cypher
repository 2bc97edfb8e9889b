// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of PROMOTES from a batch of Network ids, FrameworkArea at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:PROMOTES]->(b:FrameworkArea)
WITH a.id AS key, coalesce(b.ordinal, 9223372036854775807) AS k0, coalesce(b.name, '') AS k1, b.id AS other
ORDER BY key, k0, k1, other
LIMIT 9223372036854775807
WITH key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (a:Network {id: key})-[r:PROMOTES]->(b:FrameworkArea {id: other})
RETURN key, b AS node, r AS rel
