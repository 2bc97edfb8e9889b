// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of REPORTS_ON to a batch of Network ids, Source at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:REPORTS_ON]-(b:Source)
WITH a.id AS key, coalesce(b.name, '') AS k0, b.id AS other
ORDER BY key, k0, other
LIMIT 9223372036854775807
WITH key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (a:Network {id: key})<-[r:REPORTS_ON]-(b:Source {id: other})
RETURN key, b AS node, r AS rel
