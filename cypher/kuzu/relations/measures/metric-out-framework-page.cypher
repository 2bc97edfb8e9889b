// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of MEASURES from a batch of Metric ids, Framework at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Metric {id: id})-[r:MEASURES]->(b:Framework)
WITH id(a) AS aid, a.id AS key, coalesce(b.name, '') AS k0, b.id AS oid, id(b) AS other
ORDER BY key, k0, oid
LIMIT 9223372036854775807
WITH aid, key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (b:Framework) WHERE id(b) = other
MATCH (a:Metric)-[r:MEASURES]->(b) WHERE id(a) = aid
RETURN key, b AS node, r AS rel
