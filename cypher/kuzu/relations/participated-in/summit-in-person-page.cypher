// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// One page of PARTICIPATED_IN to a batch of Summit ids, Person at the other end (Kùzu: ordered keys, a list slice per parent).
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:PARTICIPATED_IN]-(b:Person)
WITH id(a) AS aid, a.id AS key, coalesce(b.name, '') AS k0, b.id AS oid, id(b) AS other
ORDER BY key, k0, oid
LIMIT 9223372036854775807
WITH aid, key, list_slice(collect(other), $offset + 1, $offset + $count) AS page
UNWIND page AS other
MATCH (b:Person) WHERE id(b) = other
MATCH (a:Summit)<-[r:PARTICIPATED_IN]-(b) WHERE id(a) = aid
RETURN key, b AS node, r AS rel
