// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Per label with events, how many nodes have no date.
MATCH (n:Source) WHERE n.date IS NULL WITH count(n) AS c RETURN 'Source' AS label, c AS count
UNION ALL
MATCH (n:Publication) WHERE n.date IS NULL WITH count(n) AS c RETURN 'Publication' AS label, c AS count
UNION ALL
MATCH (n:Organization) WHERE n.founded IS NULL WITH count(n) AS c RETURN 'Organization' AS label, c AS count
UNION ALL
MATCH (n:Network) WHERE n.established IS NULL WITH count(n) AS c RETURN 'Network' AS label, c AS count
UNION ALL
MATCH (n:Summit) WHERE n.date IS NULL WITH count(n) AS c RETURN 'Summit' AS label, c AS count
UNION ALL
MATCH (n:Meeting) WHERE n.date IS NULL WITH count(n) AS c RETURN 'Meeting' AS label, c AS count
UNION ALL
MATCH (n:Chairmanship) WHERE n.year IS NULL WITH count(n) AS c RETURN 'Chairmanship' AS label, c AS count
UNION ALL
MATCH (n:Framework) WHERE n.adopted IS NULL WITH count(n) AS c RETURN 'Framework' AS label, c AS count
UNION ALL
MATCH (n:Agreement) WHERE n.date IS NULL WITH count(n) AS c RETURN 'Agreement' AS label, c AS count
