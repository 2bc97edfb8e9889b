// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many nodes each label has and how many relationships each type has.
MATCH (n:Source) RETURN 'label' AS kind, 'Source' AS name, count(n) AS count
UNION ALL
MATCH (n:MemberState) RETURN 'label' AS kind, 'MemberState' AS name, count(n) AS count
UNION ALL
MATCH (n:Country) RETURN 'label' AS kind, 'Country' AS name, count(n) AS count
UNION ALL
MATCH (n:City) RETURN 'label' AS kind, 'City' AS name, count(n) AS count
UNION ALL
MATCH (n:Officer) RETURN 'label' AS kind, 'Officer' AS name, count(n) AS count
UNION ALL
MATCH (n:Person) RETURN 'label' AS kind, 'Person' AS name, count(n) AS count
UNION ALL
MATCH (n:Role) RETURN 'label' AS kind, 'Role' AS name, count(n) AS count
UNION ALL
MATCH (n:Organization) RETURN 'label' AS kind, 'Organization' AS name, count(n) AS count
UNION ALL
MATCH (n:Network) RETURN 'label' AS kind, 'Network' AS name, count(n) AS count
UNION ALL
MATCH (n:Summit) RETURN 'label' AS kind, 'Summit' AS name, count(n) AS count
UNION ALL
MATCH (n:Meeting) RETURN 'label' AS kind, 'Meeting' AS name, count(n) AS count
UNION ALL
MATCH (n:Chairmanship) RETURN 'label' AS kind, 'Chairmanship' AS name, count(n) AS count
UNION ALL
MATCH (n:Framework) RETURN 'label' AS kind, 'Framework' AS name, count(n) AS count
UNION ALL
MATCH (n:FrameworkArea) RETURN 'label' AS kind, 'FrameworkArea' AS name, count(n) AS count
UNION ALL
MATCH (n:Agreement) RETURN 'label' AS kind, 'Agreement' AS name, count(n) AS count
UNION ALL
MATCH (n:Metric) RETURN 'label' AS kind, 'Metric' AS name, count(n) AS count
UNION ALL
MATCH ()-[r:LOCATED_IN]->() RETURN 'relationship' AS kind, 'LOCATED_IN' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:MEMBER_OF]->() RETURN 'relationship' AS kind, 'MEMBER_OF' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:SERVES]->() RETURN 'relationship' AS kind, 'SERVES' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:ESTABLISHED_AT]->() RETURN 'relationship' AS kind, 'ESTABLISHED_AT' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:ESTABLISHED_BY]->() RETURN 'relationship' AS kind, 'ESTABLISHED_BY' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:HELD_IN]->() RETURN 'relationship' AS kind, 'HELD_IN' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:HOSTED_BY]->() RETURN 'relationship' AS kind, 'HOSTED_BY' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:ORGANIZED_BY]->() RETURN 'relationship' AS kind, 'ORGANIZED_BY' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:MEETING_OF]->() RETURN 'relationship' AS kind, 'MEETING_OF' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:CHAIRED_BY]->() RETURN 'relationship' AS kind, 'CHAIRED_BY' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:PARTICIPATED_IN]->() RETURN 'relationship' AS kind, 'PARTICIPATED_IN' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:HELD_BY]->() RETURN 'relationship' AS kind, 'HELD_BY' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:CHAIR_OF]->() RETURN 'relationship' AS kind, 'CHAIR_OF' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'relationship' AS kind, 'PART_OF' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:ADOPTED_AT]->() RETURN 'relationship' AS kind, 'ADOPTED_AT' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:DISCUSSED_AT]->() RETURN 'relationship' AS kind, 'DISCUSSED_AT' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:ISSUED_BY]->() RETURN 'relationship' AS kind, 'ISSUED_BY' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:PARTY_TO]->() RETURN 'relationship' AS kind, 'PARTY_TO' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:SIGNED_AT]->() RETURN 'relationship' AS kind, 'SIGNED_AT' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:SUPPORTS]->() RETURN 'relationship' AS kind, 'SUPPORTS' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:MEASURES]->() RETURN 'relationship' AS kind, 'MEASURES' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:REPORTED_IN]->() RETURN 'relationship' AS kind, 'REPORTED_IN' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:HOLDS_ROLE]->() RETURN 'relationship' AS kind, 'HOLDS_ROLE' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:HOLDS_OFFICE_IN]->() RETURN 'relationship' AS kind, 'HOLDS_OFFICE_IN' AS name, count(r) AS count
UNION ALL
MATCH ()-[r:PUBLISHED_BY]->() RETURN 'relationship' AS kind, 'PUBLISHED_BY' AS name, count(r) AS count
