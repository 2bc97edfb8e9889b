// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of REPORTS_ON from a batch of Publication ids, Agreement at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Publication {id: id})-[r:REPORTS_ON]->(b:Agreement)
WITH a.id AS key, coalesce(b.name, '') AS k0, b.id AS other
ORDER BY key, k0, other
LIMIT 9223372036854775807
WITH key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (a:Publication {id: key})-[r:REPORTS_ON]->(b:Agreement {id: other})
RETURN key, b AS node, r AS rel
