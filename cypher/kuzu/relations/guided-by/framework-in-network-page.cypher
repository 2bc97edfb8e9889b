// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of GUIDED_BY to a batch of Framework ids, Network at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Framework {id: id})<-[r:GUIDED_BY]-(b:Network)
WITH a.id AS key, coalesce(b.name, '') AS k0, b.id AS other
ORDER BY key, k0, other
LIMIT 9223372036854775807
WITH key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (a:Framework {id: key})<-[r:GUIDED_BY]-(b:Network {id: other})
RETURN key, b AS node, r AS rel
