// The 26 ASCN pilot cities, nominated by their member states (listed in 001, tabled in 002;
// 000 gives the count), Osaka, where the G20 met in 2019, and Yokohama, home of an alliance.
// The member state of each city is general knowledge: no document states it.
// Grouped by member state; each city is followed by its two relationships.

// Brunei
MERGE (c:City {id: 'city:bandar-seri-begawan'})
SET c.name = 'Bandar Seri Begawan',
    c.aliases = ['BSB'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L20', 'source:general-knowledge'];
MATCH (a:City {id: 'city:bandar-seri-begawan'}), (b:MemberState {id: 'state:bn'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:bandar-seri-begawan'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L20'];

// Cambodia
MERGE (c:City {id: 'city:battambang'})
SET c.name = 'Battambang',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L21'];
MATCH (a:City {id: 'city:battambang'}), (b:MemberState {id: 'state:kh'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:battambang'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L21'];

MERGE (c:City {id: 'city:phnom-penh'})
SET c.name = 'Phnom Penh',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L22'];
MATCH (a:City {id: 'city:phnom-penh'}), (b:MemberState {id: 'state:kh'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:phnom-penh'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L22'];

MERGE (c:City {id: 'city:siem-reap'})
SET c.name = 'Siem Reap',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L23'];
MATCH (a:City {id: 'city:siem-reap'}), (b:MemberState {id: 'state:kh'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:siem-reap'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L23'];

// Indonesia
MERGE (c:City {id: 'city:banyuwangi'})
SET c.name = 'Banyuwangi',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L25'];
MATCH (a:City {id: 'city:banyuwangi'}), (b:MemberState {id: 'state:id'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:banyuwangi'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L25'];

MERGE (c:City {id: 'city:jakarta'})
SET c.name = 'Jakarta',
    c.aliases = ['DKI Jakarta', 'Special Capital Region of Jakarta'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L26', 'source:general-knowledge'],
    c.note = 'source:ascn-article-mirror lists "Jakarta"; the officer table in source:ascn-article-csco-table lists "DKI Jakarta".';
MATCH (a:City {id: 'city:jakarta'}), (b:MemberState {id: 'state:id'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:jakarta'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L26'];

MERGE (c:City {id: 'city:makassar'})
SET c.name = 'Makassar',
    c.aliases = ['Ujung Pandang'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L24', 'source:general-knowledge'];
MATCH (a:City {id: 'city:makassar'}), (b:MemberState {id: 'state:id'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:makassar'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L24'];

// Laos
MERGE (c:City {id: 'city:luang-prabang'})
SET c.name = 'Luang Prabang',
    c.aliases = ['Louangphabang', 'Luang Phabang'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L27', 'source:general-knowledge'];
MATCH (a:City {id: 'city:luang-prabang'}), (b:MemberState {id: 'state:la'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:luang-prabang'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L27'];

MERGE (c:City {id: 'city:vientiane'})
SET c.name = 'Vientiane',
    c.aliases = ['Vientiane Capital'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L28'],
    c.note = '"Vientiane Capital" is how the designation of its officer in source:ascn-article-csco-table names it.';
MATCH (a:City {id: 'city:vientiane'}), (b:MemberState {id: 'state:la'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:vientiane'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L28'];

// Malaysia
MERGE (c:City {id: 'city:johor-bahru'})
SET c.name = 'Johor Bahru',
    c.aliases = ['Johor Baru', 'JB'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L29', 'source:general-knowledge'];
MATCH (a:City {id: 'city:johor-bahru'}), (b:MemberState {id: 'state:my'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:johor-bahru'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L29'];

MERGE (c:City {id: 'city:kota-kinabalu'})
SET c.name = 'Kota Kinabalu',
    c.aliases = ['KK'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L31', 'source:general-knowledge'],
    c.note = 'source:ascn-article-csco-table lists two Chief Smart City Officers for Kota Kinabalu.';
MATCH (a:City {id: 'city:kota-kinabalu'}), (b:MemberState {id: 'state:my'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:kota-kinabalu'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L31'];

MERGE (c:City {id: 'city:kuala-lumpur'})
SET c.name = 'Kuala Lumpur',
    c.aliases = ['KL'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L30', 'source:general-knowledge'];
MATCH (a:City {id: 'city:kuala-lumpur'}), (b:MemberState {id: 'state:my'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:kuala-lumpur'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L30'];

MERGE (c:City {id: 'city:kuching'})
SET c.name = 'Kuching',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L35'];
MATCH (a:City {id: 'city:kuching'}), (b:MemberState {id: 'state:my'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:kuching'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L35'];

// Myanmar
MERGE (c:City {id: 'city:mandalay'})
SET c.name = 'Mandalay',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L37'];
MATCH (a:City {id: 'city:mandalay'}), (b:MemberState {id: 'state:mm'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:mandalay'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L37'];

MERGE (c:City {id: 'city:naypyidaw'})
SET c.name = 'Naypyidaw',
    c.aliases = ['Nay Pyi Taw', 'Naypyitaw'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L36', 'source:general-knowledge'],
    c.note = 'source:ascn-article-mirror writes "Naypyidaw"; the officer table in source:ascn-article-csco-table writes "Nay Pyi Taw".';
MATCH (a:City {id: 'city:naypyidaw'}), (b:MemberState {id: 'state:mm'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:naypyidaw'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L18:159-250', 'source:ascn-article-csco-table#L36'];

MERGE (c:City {id: 'city:yangon'})
SET c.name = 'Yangon',
    c.aliases = ['Rangoon'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L38', 'source:general-knowledge'];
MATCH (a:City {id: 'city:yangon'}), (b:MemberState {id: 'state:mm'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:yangon'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L39', 'source:ascn-article-csco-table#L57:0-100'];

// Philippines
MERGE (c:City {id: 'city:cebu-city'})
SET c.name = 'Cebu City',
    c.aliases = ['Cebu'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L40', 'source:general-knowledge'];
MATCH (a:City {id: 'city:cebu-city'}), (b:MemberState {id: 'state:ph'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:cebu-city'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L40', 'source:ascn-article-csco-table#L57:0-100'];

MERGE (c:City {id: 'city:davao-city'})
SET c.name = 'Davao City',
    c.aliases = ['Davao'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L41', 'source:general-knowledge'],
    c.note = 'source:ascn-article-csco-table lists two Chief Smart City Officers for Davao City.';
MATCH (a:City {id: 'city:davao-city'}), (b:MemberState {id: 'state:ph'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:davao-city'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L41', 'source:ascn-article-csco-table#L57:0-100'];

MERGE (c:City {id: 'city:manila'})
SET c.name = 'Manila',
    c.aliases = ['City of Manila'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L45', 'source:general-knowledge'];
MATCH (a:City {id: 'city:manila'}), (b:MemberState {id: 'state:ph'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:manila'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L45', 'source:ascn-article-csco-table#L57:0-100'];

// Singapore
MERGE (c:City {id: 'city:singapore'})
SET c.name = 'Singapore',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:asean-profile-page'],
    c.citations = ['source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402', 'source:asean-profile-page#L21:0-75'],
    c.note = 'Singapore is a city-state: the pilot city and the member state are the same place, kept as two nodes so that every pilot city lies in a member state.';
MATCH (a:City {id: 'city:singapore'}), (b:MemberState {id: 'state:sg'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:singapore'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L5:130-559', 'source:ascn-article-csco-table#L4:0-402'];

// Thailand
MERGE (c:City {id: 'city:bangkok'})
SET c.name = 'Bangkok',
    c.aliases = ['Krung Thep Maha Nakhon'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L47', 'source:ascn-meeting-2019-press-statement#L6:0-265', 'source:general-knowledge'];
MATCH (a:City {id: 'city:bangkok'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:bangkok'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L47', 'source:ascn-article-csco-table#L57:0-100'];

MERGE (c:City {id: 'city:chonburi'})
SET c.name = 'Chonburi',
    c.aliases = ['Chon Buri'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L48', 'source:general-knowledge'];
MATCH (a:City {id: 'city:chonburi'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:chonburi'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:104-473', 'source:ascn-article-csco-table#L57:101-449'];

MERGE (c:City {id: 'city:phuket'})
SET c.name = 'Phuket',
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L49'];
MATCH (a:City {id: 'city:phuket'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:phuket'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L49', 'source:ascn-article-csco-table#L57:0-100'];

// Vietnam
MERGE (c:City {id: 'city:da-nang'})
SET c.name = 'Da Nang',
    c.aliases = ['Danang', 'Đà Nẵng'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L50', 'source:general-knowledge'];
MATCH (a:City {id: 'city:da-nang'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:da-nang'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L50', 'source:ascn-article-csco-table#L57:0-100'];

MERGE (c:City {id: 'city:hanoi'})
SET c.name = 'Hanoi',
    c.aliases = ['Ha Noi', 'Hà Nội'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2020-news-report', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L51', 'source:ascn-meeting-2020-news-report#L1:197-282', 'source:general-knowledge'];
MATCH (a:City {id: 'city:hanoi'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:hanoi'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L51', 'source:ascn-article-csco-table#L57:0-100'];

MERGE (c:City {id: 'city:ho-chi-minh-city'})
SET c.name = 'Ho Chi Minh City',
    c.aliases = ['HCMC', 'Saigon'],
    c.pilot = true,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L52', 'source:general-knowledge'];
MATCH (a:City {id: 'city:ho-chi-minh-city'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:City {id: 'city:ho-chi-minh-city'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'pilot city', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L17', 'source:ascn-article-csco-table#L52', 'source:ascn-article-csco-table#L57:0-100'];

// Not a pilot city: the G20 Summit of June 2019 took place here (000).
MERGE (c:City {id: 'city:osaka'})
SET c.name = 'Osaka',
    c.pilot = false,
    c.sources = ['source:ascn-meeting-2019-press-statement'],
    c.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473'];
MATCH (a:City {id: 'city:osaka'}), (b:Country {id: 'country:jp'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

// Yokohama: the Yokohama Urban Solutions Alliance is named after it (001, 002); that it is in
// Japan is general knowledge.
MERGE (c:City {id: 'city:yokohama'})
SET c.name = 'Yokohama',
    c.pilot = false,
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449'],
    c.note = 'Named only inside the name of the Yokohama Urban Solutions Alliance; not an ASCN city.';
MATCH (a:City {id: 'city:yokohama'}), (b:Country {id: 'country:jp'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
