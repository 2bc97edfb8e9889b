// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every event with an ISO date between $from and $to, on nodes and relationships.
MATCH (n:Source) WHERE n.date IS NOT NULL AND (n.date >= $from OR $from STARTS WITH n.date) AND (n.date <= $to OR n.date STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'date' AS property, n.date AS date, n.sources AS sources
UNION ALL
MATCH (n:Publication) WHERE n.date IS NOT NULL AND (n.date >= $from OR $from STARTS WITH n.date) AND (n.date <= $to OR n.date STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'date' AS property, n.date AS date, n.sources AS sources
UNION ALL
MATCH (n:Organization) WHERE n.founded IS NOT NULL AND (n.founded >= $from OR $from STARTS WITH n.founded) AND (n.founded <= $to OR n.founded STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'founded' AS property, n.founded AS date, n.sources AS sources
UNION ALL
MATCH (n:Network) WHERE n.established IS NOT NULL AND (n.established >= $from OR $from STARTS WITH n.established) AND (n.established <= $to OR n.established STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'established' AS property, n.established AS date, n.sources AS sources
UNION ALL
MATCH (n:Summit) WHERE n.date IS NOT NULL AND (n.date >= $from OR $from STARTS WITH n.date) AND (n.date <= $to OR n.date STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'date' AS property, n.date AS date, n.sources AS sources
UNION ALL
MATCH (n:Meeting) WHERE n.date IS NOT NULL AND (n.date >= $from OR $from STARTS WITH n.date) AND (n.date <= $to OR n.date STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'date' AS property, n.date AS date, n.sources AS sources
UNION ALL
MATCH (n:Framework) WHERE n.adopted IS NOT NULL AND (n.adopted >= $from OR $from STARTS WITH n.adopted) AND (n.adopted <= $to OR n.adopted STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'adopted' AS property, n.adopted AS date, n.sources AS sources
UNION ALL
MATCH (n:Agreement) WHERE n.date IS NOT NULL AND (n.date >= $from OR $from STARTS WITH n.date) AND (n.date <= $to OR n.date STARTS WITH $to) RETURN n.id AS id, '' AS related, '' AS type, 'date' AS property, n.date AS date, n.sources AS sources
UNION ALL
MATCH (a)-[r:MEMBER_OF]->(b) WHERE r.since IS NOT NULL AND (r.since >= $from OR $from STARTS WITH r.since) AND (r.since <= $to OR r.since STARTS WITH $to) RETURN a.id AS id, b.id AS related, 'MEMBER_OF' AS type, 'since' AS property, r.since AS date, r.sources AS sources
UNION ALL
MATCH (a)-[r:HOLDS_OFFICE_IN]->(b) WHERE r.date IS NOT NULL AND (r.date >= $from OR $from STARTS WITH r.date) AND (r.date <= $to OR r.date STARTS WITH $to) RETURN a.id AS id, b.id AS related, 'HOLDS_OFFICE_IN' AS type, 'date' AS property, r.date AS date, r.sources AS sources
