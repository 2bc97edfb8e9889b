// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of PARTICIPATED_IN from a batch of Person ids, Summit at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:PARTICIPATED_IN]->(b:Summit)
WITH id(a) AS aid, a.id AS key, coalesce(b.ordinal, 9223372036854775807) AS k0, coalesce(b.name, '') AS k1, b.id AS oid, id(b) AS other
ORDER BY key, k0, k1, oid
LIMIT 9223372036854775807
WITH aid, key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (b:Summit) WHERE id(b) = other
MATCH (a:Person)-[r:PARTICIPATED_IN]->(b) WHERE id(a) = aid
RETURN key, b AS node, r AS rel
