// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many nodes each label has and how many relationships each type has.
MATCH (n:Source) WITH count(n) AS c RETURN 'label' AS kind, 'Source' AS name, c AS count
UNION ALL
MATCH (n:Publication) WITH count(n) AS c RETURN 'label' AS kind, 'Publication' AS name, c AS count
UNION ALL
MATCH (n:MemberState) WITH count(n) AS c RETURN 'label' AS kind, 'MemberState' AS name, c AS count
UNION ALL
MATCH (n:Country) WITH count(n) AS c RETURN 'label' AS kind, 'Country' AS name, c AS count
UNION ALL
MATCH (n:City) WITH count(n) AS c RETURN 'label' AS kind, 'City' AS name, c AS count
UNION ALL
MATCH (n:Officer) WITH count(n) AS c RETURN 'label' AS kind, 'Officer' AS name, c AS count
UNION ALL
MATCH (n:Person) WITH count(n) AS c RETURN 'label' AS kind, 'Person' AS name, c AS count
UNION ALL
MATCH (n:Role) WITH count(n) AS c RETURN 'label' AS kind, 'Role' AS name, c AS count
UNION ALL
MATCH (n:Organization) WITH count(n) AS c RETURN 'label' AS kind, 'Organization' AS name, c AS count
UNION ALL
MATCH (n:Network) WITH count(n) AS c RETURN 'label' AS kind, 'Network' AS name, c AS count
UNION ALL
MATCH (n:Summit) WITH count(n) AS c RETURN 'label' AS kind, 'Summit' AS name, c AS count
UNION ALL
MATCH (n:Meeting) WITH count(n) AS c RETURN 'label' AS kind, 'Meeting' AS name, c AS count
UNION ALL
MATCH (n:Chairmanship) WITH count(n) AS c RETURN 'label' AS kind, 'Chairmanship' AS name, c AS count
UNION ALL
MATCH (n:Framework) WITH count(n) AS c RETURN 'label' AS kind, 'Framework' AS name, c AS count
UNION ALL
MATCH (n:FrameworkArea) WITH count(n) AS c RETURN 'label' AS kind, 'FrameworkArea' AS name, c AS count
UNION ALL
MATCH (n:Agreement) WITH count(n) AS c RETURN 'label' AS kind, 'Agreement' AS name, c AS count
UNION ALL
MATCH (n:Metric) WITH count(n) AS c RETURN 'label' AS kind, 'Metric' AS name, c AS count
UNION ALL
MATCH ()-[r:LOCATED_IN]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'LOCATED_IN' AS name, c AS count
UNION ALL
MATCH ()-[r:MEMBER_OF]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'MEMBER_OF' AS name, c AS count
UNION ALL
MATCH ()-[r:SERVES]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'SERVES' AS name, c AS count
UNION ALL
MATCH ()-[r:ESTABLISHED_AT]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'ESTABLISHED_AT' AS name, c AS count
UNION ALL
MATCH ()-[r:ESTABLISHED_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'ESTABLISHED_BY' AS name, c AS count
UNION ALL
MATCH ()-[r:HELD_IN]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'HELD_IN' AS name, c AS count
UNION ALL
MATCH ()-[r:HOSTED_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'HOSTED_BY' AS name, c AS count
UNION ALL
MATCH ()-[r:ORGANIZED_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'ORGANIZED_BY' AS name, c AS count
UNION ALL
MATCH ()-[r:MEETING_OF]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'MEETING_OF' AS name, c AS count
UNION ALL
MATCH ()-[r:CHAIRED_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'CHAIRED_BY' AS name, c AS count
UNION ALL
MATCH ()-[r:PARTICIPATED_IN]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'PARTICIPATED_IN' AS name, c AS count
UNION ALL
MATCH ()-[r:HELD_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'HELD_BY' AS name, c AS count
UNION ALL
MATCH ()-[r:CHAIR_OF]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'CHAIR_OF' AS name, c AS count
UNION ALL
MATCH ()-[r:PART_OF]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'PART_OF' AS name, c AS count
UNION ALL
MATCH ()-[r:ADOPTED_AT]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'ADOPTED_AT' AS name, c AS count
UNION ALL
MATCH ()-[r:SUBMITTED_TO]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'SUBMITTED_TO' AS name, c AS count
UNION ALL
MATCH ()-[r:REPORTED_TO]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'REPORTED_TO' AS name, c AS count
UNION ALL
MATCH ()-[r:DISCUSSED_AT]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'DISCUSSED_AT' AS name, c AS count
UNION ALL
MATCH ()-[r:ISSUED_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'ISSUED_BY' AS name, c AS count
UNION ALL
MATCH ()-[r:PARTY_TO]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'PARTY_TO' AS name, c AS count
UNION ALL
MATCH ()-[r:SIGNED_AT]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'SIGNED_AT' AS name, c AS count
UNION ALL
MATCH ()-[r:SUPPORTS]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'SUPPORTS' AS name, c AS count
UNION ALL
MATCH ()-[r:MEASURES]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'MEASURES' AS name, c AS count
UNION ALL
MATCH ()-[r:REPORTED_IN]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'REPORTED_IN' AS name, c AS count
UNION ALL
MATCH ()-[r:HOLDS_ROLE]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'HOLDS_ROLE' AS name, c AS count
UNION ALL
MATCH ()-[r:HOLDS_OFFICE_IN]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'HOLDS_OFFICE_IN' AS name, c AS count
UNION ALL
MATCH ()-[r:PUBLISHED_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'PUBLISHED_BY' AS name, c AS count
UNION ALL
MATCH ()-[r:WORKS_FOR]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'WORKS_FOR' AS name, c AS count
UNION ALL
MATCH ()-[r:BASED_IN]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'BASED_IN' AS name, c AS count
UNION ALL
MATCH ()-[r:CITES]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'CITES' AS name, c AS count
UNION ALL
MATCH ()-[r:REPORTS_ON]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'REPORTS_ON' AS name, c AS count
UNION ALL
MATCH ()-[r:PROMOTES]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'PROMOTES' AS name, c AS count
UNION ALL
MATCH ()-[r:GUIDED_BY]->() WITH count(r) AS c RETURN 'relationship' AS kind, 'GUIDED_BY' AS name, c AS count
