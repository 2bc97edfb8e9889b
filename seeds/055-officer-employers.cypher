// The employers the designations in the CSCO table of 002 name, as organisations: where
// each is based and which body it belongs to, and who of the officers works there (the post
// as the designation gives it). The designations themselves stay on the officers
// (050-officers.cypher). Rows whose designation names no organisation (Phnom Penh, Luang
// Prabang, Johor Bahru, Kuala Lumpur, Cebu City, the second Davao City officer) have none.

MERGE (o:Organization {id: 'org:bsb-municipal-department'})
SET o.name = 'Bandar Seri Begawan Municipal Department',
    o.kind = 'municipal department',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L20'];
MATCH (a:Organization {id: 'org:bsb-municipal-department'}), (b:City {id: 'city:bandar-seri-begawan'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L20'];

MERGE (o:Organization {id: 'org:battambang-province'})
SET o.name = 'Battambang Province',
    o.kind = 'provincial administration',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L21', 'source:general-knowledge'],
    o.note = 'The table names the province; that its administration sits in the pilot city of the same name is general knowledge.';
MATCH (a:Organization {id: 'org:battambang-province'}), (b:City {id: 'city:battambang'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'], r.citations = ['source:ascn-article-csco-table#L21', 'source:general-knowledge'];

MERGE (o:Organization {id: 'org:siem-reap-province'})
SET o.name = 'Siem Reap Province',
    o.kind = 'provincial administration',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L23', 'source:general-knowledge'],
    o.note = 'The table names the province; that its administration sits in the pilot city of the same name is general knowledge.';
MATCH (a:Organization {id: 'org:siem-reap-province'}), (b:City {id: 'city:siem-reap'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'], r.citations = ['source:ascn-article-csco-table#L23', 'source:general-knowledge'];

MERGE (o:Organization {id: 'org:makassar-city-government'})
SET o.name = 'Makassar City Government',
    o.kind = 'city government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L24'];
MATCH (a:Organization {id: 'org:makassar-city-government'}), (b:City {id: 'city:makassar'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L24'];

MERGE (o:Organization {id: 'org:banyuwangi-government'})
SET o.name = 'Banyuwangi Government',
    o.kind = 'local government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L25'];
MATCH (a:Organization {id: 'org:banyuwangi-government'}), (b:City {id: 'city:banyuwangi'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L25'];

MERGE (o:Organization {id: 'org:jakarta-communications-and-informatics-office'})
SET o.name = 'Communications and Informatics Office',
    o.kind = 'government office',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L26'],
    o.note = 'The designation does not say whose office it is; the table lists it for DKI Jakarta, so it is taken to be Jakarta’s.';
MATCH (a:Organization {id: 'org:jakarta-communications-and-informatics-office'}), (b:City {id: 'city:jakarta'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L26'];

MERGE (o:Organization {id: 'org:vientiane-capital'})
SET o.name = 'Vientiane Capital',
    o.kind = 'capital administration',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L28'],
    o.note = 'The designation names Public Works and Transport within Vientiane Capital without naming a department as such; the post is on the WORKS_FOR relationship.';
MATCH (a:Organization {id: 'org:vientiane-capital'}), (b:City {id: 'city:vientiane'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L28'];

MERGE (o:Organization {id: 'org:dbkk'})
SET o.name = 'Dewan Bandaraya Kota Kinabalu',
    o.aliases = ['DBKK', 'Kota Kinabalu City Hall'],
    o.kind = 'city council',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L33', 'source:general-knowledge'],
    o.note = 'The acronym and the English name are general knowledge.';
MATCH (a:Organization {id: 'org:dbkk'}), (b:City {id: 'city:kota-kinabalu'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L33'];

MERGE (o:Organization {id: 'org:dbkk-city-planning-department'})
SET o.name = 'City Planning Department',
    o.aliases = ['City Planning Department, Dewan Bandaraya Kota Kinabalu'],
    o.kind = 'city department',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L33'];
MATCH (a:Organization {id: 'org:dbkk-city-planning-department'}), (b:Organization {id: 'org:dbkk'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L33'];

MERGE (o:Organization {id: 'org:sarawak-chief-minister-department'})
SET o.name = 'Chief Minister Department',
    o.aliases = ['Chief Minister Department, Sarawak'],
    o.kind = 'state government department',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L35', 'source:general-knowledge'],
    o.note = 'The designation places it in Sarawak, a state of Malaysia (general knowledge); the graph has no node for Sarawak.';
MATCH (a:Organization {id: 'org:sarawak-chief-minister-department'}), (b:MemberState {id: 'state:my'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (o:Organization {id: 'org:sarawak-state-planning-unit'})
SET o.name = 'State Planning Unit',
    o.aliases = ['State Planning Unit, Sarawak'],
    o.kind = 'state government unit',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L35'];
MATCH (a:Organization {id: 'org:sarawak-state-planning-unit'}), (b:Organization {id: 'org:sarawak-chief-minister-department'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L35'];

MERGE (o:Organization {id: 'org:nay-pyi-taw-development-committee'})
SET o.name = 'Nay Pyi Taw Development Committee',
    o.aliases = ['Naypyidaw Development Committee'],
    o.kind = 'city development committee',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L36'];
MATCH (a:Organization {id: 'org:nay-pyi-taw-development-committee'}), (b:City {id: 'city:naypyidaw'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L36'];

MERGE (o:Organization {id: 'org:mandalay-city-government'})
SET o.name = 'Mandalay City Government',
    o.kind = 'city government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L37'];
MATCH (a:Organization {id: 'org:mandalay-city-government'}), (b:City {id: 'city:mandalay'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L37'];

MERGE (o:Organization {id: 'org:yangon-city-development-committee'})
SET o.name = 'Yangon City Development Committee',
    o.aliases = ['YCDC'],
    o.kind = 'city development committee',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L39', 'source:general-knowledge'],
    o.note = 'The acronym is general knowledge.';
MATCH (a:Organization {id: 'org:yangon-city-development-committee'}), (b:City {id: 'city:yangon'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L39'];

MERGE (o:Organization {id: 'org:davao-public-safety-and-security-command-center'})
SET o.name = 'Public Safety and Security Command Center',
    o.kind = 'city office',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L43'],
    o.note = 'Listed in the Davao City row of the table; the designation does not name the city.';
MATCH (a:Organization {id: 'org:davao-public-safety-and-security-command-center'}), (b:City {id: 'city:davao-city'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L41', 'source:ascn-article-csco-table#L43'];

MERGE (o:Organization {id: 'org:manila-city-hall'})
SET o.name = 'Manila City Hall',
    o.kind = 'city government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L45'];
MATCH (a:Organization {id: 'org:manila-city-hall'}), (b:City {id: 'city:manila'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L45'];

MERGE (o:Organization {id: 'org:sg-prime-ministers-office'})
SET o.name = 'Prime Minister\'s Office',
    o.aliases = ['Prime Minister’s Office, Singapore'],
    o.kind = 'government office',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L46'];
MATCH (a:Organization {id: 'org:sg-prime-ministers-office'}), (b:MemberState {id: 'state:sg'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L46'];

MERGE (o:Organization {id: 'org:smart-nation-and-digital-government-office'})
SET o.name = 'Smart Nation and Digital Government Office',
    o.aliases = ['SNDGO'],
    o.kind = 'government office',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L46', 'source:general-knowledge'],
    o.note = 'The acronym is general knowledge.';
MATCH (a:Organization {id: 'org:smart-nation-and-digital-government-office'}), (b:Organization {id: 'org:sg-prime-ministers-office'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L46'];

MERGE (o:Organization {id: 'org:th-office-of-transport-and-traffic-policy-and-planning'})
SET o.name = 'Office of Transport and Traffic Policy and Planning',
    o.aliases = ['OTP'],
    o.kind = 'government agency',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L47', 'source:general-knowledge'],
    o.note = 'Listed in the Bangkok row of the table; that it is a Thai government agency, and its acronym, are general knowledge.';
MATCH (a:Organization {id: 'org:th-office-of-transport-and-traffic-policy-and-planning'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (o:Organization {id: 'org:th-ministry-of-energy'})
SET o.name = 'Ministry of Energy',
    o.aliases = ['Thailand Ministry of Energy'],
    o.kind = 'ministry',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L48', 'source:general-knowledge'],
    o.note = 'Listed in the Chonburi row of the table; that it is Thailand’s ministry is general knowledge.';
MATCH (a:Organization {id: 'org:th-ministry-of-energy'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (o:Organization {id: 'org:th-energy-policy-and-planning-office'})
SET o.name = 'Energy Policy and Planning Office',
    o.aliases = ['EPPO'],
    o.kind = 'government office',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L48', 'source:general-knowledge'],
    o.note = 'The acronym is general knowledge.';
MATCH (a:Organization {id: 'org:th-energy-policy-and-planning-office'}), (b:Organization {id: 'org:th-ministry-of-energy'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L48'];

MERGE (o:Organization {id: 'org:depa'})
SET o.name = 'Digital Economy Promotion Agency',
    o.aliases = ['depa'],
    o.kind = 'government agency',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L49', 'source:general-knowledge'],
    o.note = 'Listed in the Phuket row of the table; that it is a Thai agency, and its acronym, are general knowledge.';
MATCH (a:Organization {id: 'org:depa'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (o:Organization {id: 'org:da-nang-department-of-information-and-communication'})
SET o.name = 'Da Nang Department of Information and Communication',
    o.kind = 'city department',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L50'];
MATCH (a:Organization {id: 'org:da-nang-department-of-information-and-communication'}), (b:City {id: 'city:da-nang'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L50'];

MERGE (o:Organization {id: 'org:hanoi-peoples-committee'})
SET o.name = 'Hanoi People\'s Committee',
    o.kind = 'city government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L51'];
MATCH (a:Organization {id: 'org:hanoi-peoples-committee'}), (b:City {id: 'city:hanoi'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L51'];

MERGE (o:Organization {id: 'org:hcmc-peoples-committee'})
SET o.name = 'Ho Chi Minh City People\'s Committee',
    o.kind = 'city government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L52'];
MATCH (a:Organization {id: 'org:hcmc-peoples-committee'}), (b:City {id: 'city:ho-chi-minh-city'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L52'];

// Who works where.
MATCH (a:Officer {id: 'officer:ali-matyassin'}), (b:Organization {id: 'org:bsb-municipal-department'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Chairman', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L20'];
MATCH (a:Officer {id: 'officer:soeum-bunrith'}), (b:Organization {id: 'org:battambang-province'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Deputy Governor', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L21'];
MATCH (a:Officer {id: 'officer:ly-samreth'}), (b:Organization {id: 'org:siem-reap-province'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Deputy Governor', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L23'];
MATCH (a:Officer {id: 'officer:ismail-hajiali'}), (b:Organization {id: 'org:makassar-city-government'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Head of Communications and Information', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L24'];
MATCH (a:Officer {id: 'officer:budi-santoso'}), (b:Organization {id: 'org:banyuwangi-government'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Head of Informatics, Communications and Encryption', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L25'];
MATCH (a:Officer {id: 'officer:dian-ekowati'}), (b:Organization {id: 'org:jakarta-communications-and-informatics-office'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Head', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L26'];
MATCH (a:Officer {id: 'officer:bouchan-keosithamma'}), (b:Organization {id: 'org:vientiane-capital'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Deputy Director of Public Works and Transport', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L28'];
MATCH (a:Officer {id: 'officer:stanley-chong-hon-chung'}), (b:Organization {id: 'org:dbkk-city-planning-department'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Director', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L31', 'source:ascn-article-csco-table#L33'],
    r.note = 'The table prints this city\'s two names and then their two designations; the designation is paired with the name by line order.';
MATCH (a:Officer {id: 'officer:tantinny-fung-chew-li'}), (b:Organization {id: 'org:dbkk-city-planning-department'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Town Planner', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L32', 'source:ascn-article-csco-table#L33'],
    r.note = 'The table prints this city\'s two names and then their two designations; the designation is paired with the name by line order.';
MATCH (a:Officer {id: 'officer:julin-alen'}), (b:Organization {id: 'org:sarawak-state-planning-unit'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Principal Assistant Director', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L35'];
MATCH (a:Officer {id: 'officer:myo-aung'}), (b:Organization {id: 'org:nay-pyi-taw-development-committee'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Permanent Secretary', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L36'];
MATCH (a:Officer {id: 'officer:ye-myat-thu'}), (b:Organization {id: 'org:mandalay-city-government'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Committee Member', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L37'];
MATCH (a:Officer {id: 'officer:tin-tin-kyi'}), (b:Organization {id: 'org:yangon-city-development-committee'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Director of Urban Planning Division; Representative', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L38', 'source:ascn-article-csco-table#L39'];
MATCH (a:Officer {id: 'officer:benito-antonio-t-de-leon'}), (b:Organization {id: 'org:davao-public-safety-and-security-command-center'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Head', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L41', 'source:ascn-article-csco-table#L43'],
    r.note = 'The table prints this city\'s two names and then their two designations; the designation is paired with the name by line order.';
MATCH (a:Officer {id: 'officer:mario-zapatos-oblefias'}), (b:Organization {id: 'org:manila-city-hall'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Head, Electronic Data Processing', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L45'];
MATCH (a:Officer {id: 'officer:tan-chee-hau'}), (b:Organization {id: 'org:smart-nation-and-digital-government-office'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Director', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L46'];
MATCH (a:Officer {id: 'officer:chaiwat-thongkamkoon'}), (b:Organization {id: 'org:th-office-of-transport-and-traffic-policy-and-planning'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Director-General', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L47'];
MATCH (a:Officer {id: 'officer:seksan-phunboonmee'}), (b:Organization {id: 'org:th-energy-policy-and-planning-office'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Policy and Plan Analyst', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L48'];
MATCH (a:Officer {id: 'officer:passakon-prathombutr'}), (b:Organization {id: 'org:depa'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Senior Executive Vice President', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L49'];
MATCH (a:Officer {id: 'officer:nguyen-quang-thanh'}), (b:Organization {id: 'org:da-nang-department-of-information-and-communication'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Director', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L50'];
MATCH (a:Officer {id: 'officer:nguyen-duc-chung'}), (b:Organization {id: 'org:hanoi-peoples-committee'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Chairman', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L51'];
MATCH (a:Officer {id: 'officer:tran-vinh-tuyen'}), (b:Organization {id: 'org:hcmc-peoples-committee'}) MERGE (a)-[r:WORKS_FOR]->(b)
SET r.post = 'Vice Chairman', r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L52'];
