// GENERATED from the graph model (src/model/graph-model.ts) by src/db/neo4j/neo4j-schema.ts.
// Do not edit by hand: change the model, then run `npm run generate`.
// A unit test fails when this file and the model disagree.
//
// Apply it to Neo4j 5 once, before loading the seeds, for example:
//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -d <database> -f cypher/neo4j/schema.cypher
// Every statement says IF NOT EXISTS, so applying it again changes nothing.
//
// - One uniqueness constraint on id per label (it also indexes id for lookups).
//   Ids are unique across labels by convention (the type prefix), which Neo4j cannot enforce.
// - entity_search: a full-text index over the search text of every label (its name, aliases
//   and text properties, folded, with word beginnings; written by the seed loader).
// - One range index on name per label, for exact and prefix matches and ordering by name.

// Unique ids
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chairmanship_id IF NOT EXISTS FOR (n:Chairmanship) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT framework_id IF NOT EXISTS FOR (n:Framework) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT framework_area_id IF NOT EXISTS FOR (n:FrameworkArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT member_state_id IF NOT EXISTS FOR (n:MemberState) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT officer_id IF NOT EXISTS FOR (n:Officer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT summit_id IF NOT EXISTS FOR (n:Summit) REQUIRE n.id IS UNIQUE;

// Full-text search
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Agreement|Chairmanship|City|Country|Framework|FrameworkArea|Meeting|MemberState|Metric|Network|Officer|Organization|Person|Publication|Role|Source|Summit) ON EACH [n.search];

// Names
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name);
CREATE INDEX chairmanship_name IF NOT EXISTS FOR (n:Chairmanship) ON (n.name);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX framework_name IF NOT EXISTS FOR (n:Framework) ON (n.name);
CREATE INDEX framework_area_name IF NOT EXISTS FOR (n:FrameworkArea) ON (n.name);
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX member_state_name IF NOT EXISTS FOR (n:MemberState) ON (n.name);
CREATE INDEX metric_name IF NOT EXISTS FOR (n:Metric) ON (n.name);
CREATE INDEX network_name IF NOT EXISTS FOR (n:Network) ON (n.name);
CREATE INDEX officer_name IF NOT EXISTS FOR (n:Officer) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX publication_name IF NOT EXISTS FOR (n:Publication) ON (n.name);
CREATE INDEX role_name IF NOT EXISTS FOR (n:Role) ON (n.name);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
CREATE INDEX summit_name IF NOT EXISTS FOR (n:Summit) ON (n.name);
