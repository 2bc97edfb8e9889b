// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of HOLDS_OFFICE_IN from a batch of Person ids, Country at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:HOLDS_OFFICE_IN]->(b:Country)
WITH a.id AS key, coalesce(b.name, '') AS k0, b.id AS other
ORDER BY key, k0, other
LIMIT 9223372036854775807
WITH key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (a:Person {id: key})-[r:HOLDS_OFFICE_IN]->(b:Country {id: other})
RETURN key, b AS node, r AS rel
