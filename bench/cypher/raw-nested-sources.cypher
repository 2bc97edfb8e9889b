// Hand-written equivalent of bench/queries/nested.graphql: the sources cited anywhere above, once each.
MATCH (n:Source)
WHERE n.id IN $ids
RETURN n.id AS id, n.title AS title
