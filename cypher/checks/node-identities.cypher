// Data check: every node with its label, name, aliases and note, one part per label of the
// graph model (labels() is not portable). A label missing here shows up in the check as
// ids that node-ids.cypher returns and this query does not.
MATCH (n:Source) RETURN 'Source' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:MemberState) RETURN 'MemberState' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Country) RETURN 'Country' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:City) RETURN 'City' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Officer) RETURN 'Officer' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Person) RETURN 'Person' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Role) RETURN 'Role' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Organization) RETURN 'Organization' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Network) RETURN 'Network' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Summit) RETURN 'Summit' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Meeting) RETURN 'Meeting' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Chairmanship) RETURN 'Chairmanship' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Framework) RETURN 'Framework' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:FrameworkArea) RETURN 'FrameworkArea' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Agreement) RETURN 'Agreement' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Metric) RETURN 'Metric' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
UNION ALL
MATCH (n:Publication) RETURN 'Publication' AS label, n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note
