// The 28 Chief Smart City Officers in the table of 002, in table order, each with the
// city they serve and the post they hold. `designation` is exactly as printed, except the
// two-line designation for Yangon (see its note). `position` orders two officers of one city.
// The table is undated: it shows who held the post when the article was written.

MERGE (o:Officer {id: 'officer:ali-matyassin'})
SET o.name = 'Haji Ali Matyassin',
    o.aliases = ['Ali Matyassin'],
    o.role = 'Chief Smart City Officer',
    o.designation = 'Chairman, Bandar Seri Begawan Municipal Department',
    o.organisation = 'Bandar Seri Begawan Municipal Department',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L20'];
MATCH (a:Officer {id: 'officer:ali-matyassin'}), (b:City {id: 'city:bandar-seri-begawan'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L20'];
MATCH (a:Officer {id: 'officer:ali-matyassin'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L20'];

MERGE (o:Officer {id: 'officer:soeum-bunrith'})
SET o.name = 'Soeum Bunrith',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Deputy Governor, Battambang Province',
    o.organisation = 'Battambang Province',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L21'];
MATCH (a:Officer {id: 'officer:soeum-bunrith'}), (b:City {id: 'city:battambang'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L21'];
MATCH (a:Officer {id: 'officer:soeum-bunrith'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L21'];

MERGE (o:Officer {id: 'officer:seng-vannak'})
SET o.name = 'Seng Vannak',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Chief of Administration',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L22'];
MATCH (a:Officer {id: 'officer:seng-vannak'}), (b:City {id: 'city:phnom-penh'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L22'];
MATCH (a:Officer {id: 'officer:seng-vannak'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L22'];

MERGE (o:Officer {id: 'officer:ly-samreth'})
SET o.name = 'Ly Samreth',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Deputy Governor, Siem Reap Province',
    o.organisation = 'Siem Reap Province',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L23'];
MATCH (a:Officer {id: 'officer:ly-samreth'}), (b:City {id: 'city:siem-reap'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L23'];
MATCH (a:Officer {id: 'officer:ly-samreth'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L23'];

MERGE (o:Officer {id: 'officer:ismail-hajiali'})
SET o.name = 'Ismail Hajiali',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Head of Communications and Information, Makassar City Government',
    o.organisation = 'Makassar City Government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L24'];
MATCH (a:Officer {id: 'officer:ismail-hajiali'}), (b:City {id: 'city:makassar'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L24'];
MATCH (a:Officer {id: 'officer:ismail-hajiali'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L24'];

MERGE (o:Officer {id: 'officer:budi-santoso'})
SET o.name = 'Budi Santoso',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Head of Informatics, Communications and Encryption, Banyuwangi Government',
    o.organisation = 'Banyuwangi Government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L25'];
MATCH (a:Officer {id: 'officer:budi-santoso'}), (b:City {id: 'city:banyuwangi'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L25'];
MATCH (a:Officer {id: 'officer:budi-santoso'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L25'];

MERGE (o:Officer {id: 'officer:dian-ekowati'})
SET o.name = 'Dian Ekowati',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Head of Communications and Informatics Office',
    o.organisation = 'Communications and Informatics Office',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L26'],
    o.note = 'The table lists the city as "DKI Jakarta".';
MATCH (a:Officer {id: 'officer:dian-ekowati'}), (b:City {id: 'city:jakarta'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L26'];
MATCH (a:Officer {id: 'officer:dian-ekowati'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L26'];

MERGE (o:Officer {id: 'officer:soukan-bounnyong'})
SET o.name = 'Soukan Bounnyong',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Mayor',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L27'];
MATCH (a:Officer {id: 'officer:soukan-bounnyong'}), (b:City {id: 'city:luang-prabang'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L27'];
MATCH (a:Officer {id: 'officer:soukan-bounnyong'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L27'];

MERGE (o:Officer {id: 'officer:bouchan-keosithamma'})
SET o.name = 'Bouchan Keosithamma',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Deputy Director of Public Works and Transport, Vientiane Capital',
    o.organisation = 'Vientiane Capital',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L28'];
MATCH (a:Officer {id: 'officer:bouchan-keosithamma'}), (b:City {id: 'city:vientiane'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L28'];
MATCH (a:Officer {id: 'officer:bouchan-keosithamma'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L28'];

MERGE (o:Officer {id: 'officer:maimunah-jaffar'})
SET o.name = 'Maimunah Jaffar',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Head, Planning and Compliance',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L29'];
MATCH (a:Officer {id: 'officer:maimunah-jaffar'}), (b:City {id: 'city:johor-bahru'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L29'];
MATCH (a:Officer {id: 'officer:maimunah-jaffar'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L29'];

MERGE (o:Officer {id: 'officer:najib-bin-mohamad'})
SET o.name = 'Datuk Najib bin Mohamad',
    o.aliases = ['Najib bin Mohamad'],
    o.role = 'Chief Smart City Officer',
    o.designation = 'Executive Director',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L30', 'source:general-knowledge'],
    o.note = '"Datuk" is a Malaysian honorific, dropped in the alias.';
MATCH (a:Officer {id: 'officer:najib-bin-mohamad'}), (b:City {id: 'city:kuala-lumpur'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L30'];
MATCH (a:Officer {id: 'officer:najib-bin-mohamad'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L30'];

MERGE (o:Officer {id: 'officer:stanley-chong-hon-chung'})
SET o.name = 'Stanley Chong Hon Chung',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Director of City Planning Department, Dewan Bandaraya Kota Kinabalu',
    o.organisation = 'Dewan Bandaraya Kota Kinabalu',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L31'],
    o.note = 'Kota Kinabalu has two officers in source:ascn-article-csco-table: the table prints both names and then both designations, one per line; names and designations are paired here by line order (first name with first designation).';
MATCH (a:Officer {id: 'officer:stanley-chong-hon-chung'}), (b:City {id: 'city:kota-kinabalu'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L31'], r.note = 'One of two officers the table lists for this city; position is their order in the table.';
MATCH (a:Officer {id: 'officer:stanley-chong-hon-chung'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L31'];

MERGE (o:Officer {id: 'officer:tantinny-fung-chew-li'})
SET o.name = 'Tantinny Fung Chew Li',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Town Planner, City Planning Department, Dewan Bandaraya Kota Kinabalu',
    o.organisation = 'Dewan Bandaraya Kota Kinabalu',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L32'],
    o.note = 'Kota Kinabalu has two officers in source:ascn-article-csco-table: the table prints both names and then both designations, one per line; names and designations are paired here by line order (first name with first designation).';
MATCH (a:Officer {id: 'officer:tantinny-fung-chew-li'}), (b:City {id: 'city:kota-kinabalu'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 2, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L31', 'source:ascn-article-csco-table#L32'], r.note = 'One of two officers the table lists for this city; position is their order in the table.';
MATCH (a:Officer {id: 'officer:tantinny-fung-chew-li'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L32'];

MERGE (o:Officer {id: 'officer:julin-alen'})
SET o.name = 'Julin Alen',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Principal Assistant Director, State Planning Unit, Chief Minister Department, Sarawak',
    o.organisation = 'State Planning Unit, Chief Minister Department, Sarawak',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L35'];
MATCH (a:Officer {id: 'officer:julin-alen'}), (b:City {id: 'city:kuching'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L35'];
MATCH (a:Officer {id: 'officer:julin-alen'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L35'];

MERGE (o:Officer {id: 'officer:myo-aung'})
SET o.name = 'Myo Aung',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Permanent Secretary, Nay Pyi Taw Development Committee',
    o.organisation = 'Nay Pyi Taw Development Committee',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L36'],
    o.note = 'The table lists the city as "Nay Pyi Taw".';
MATCH (a:Officer {id: 'officer:myo-aung'}), (b:City {id: 'city:naypyidaw'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L36'];
MATCH (a:Officer {id: 'officer:myo-aung'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L36'];

MERGE (o:Officer {id: 'officer:ye-myat-thu'})
SET o.name = 'Ye Myat Thu',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Committee Member, Mandalay City Government',
    o.organisation = 'Mandalay City Government',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L37'];
MATCH (a:Officer {id: 'officer:ye-myat-thu'}), (b:City {id: 'city:mandalay'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L37'];
MATCH (a:Officer {id: 'officer:ye-myat-thu'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L37'];

MERGE (o:Officer {id: 'officer:tin-tin-kyi'})
SET o.name = 'Tin Tin Kyi',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Director of Urban Planning Division; Representative, Yangon City Development Committee',
    o.organisation = 'Yangon City Development Committee',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L38'],
    o.note = 'source:ascn-article-csco-table prints this designation on two lines, "Director of Urban Planning Division" and "Representative, Yangon City Development Committee", beside a single name. Unlike Kota Kinabalu and Davao City there is no second name to pair the second line with, so both lines are taken as one designation and joined here with "; ".';
MATCH (a:Officer {id: 'officer:tin-tin-kyi'}), (b:City {id: 'city:yangon'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L38'];
MATCH (a:Officer {id: 'officer:tin-tin-kyi'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L38'];

MERGE (o:Officer {id: 'officer:nigel-paul-c-villarete'})
SET o.name = 'Nigel Paul C. Villarete',
    o.aliases = ['Nigel Paul Villarete'],
    o.role = 'Chief Smart City Officer',
    o.designation = 'City Administrator',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L40'];
MATCH (a:Officer {id: 'officer:nigel-paul-c-villarete'}), (b:City {id: 'city:cebu-city'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L40'];
MATCH (a:Officer {id: 'officer:nigel-paul-c-villarete'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L40'];

MERGE (o:Officer {id: 'officer:benito-antonio-t-de-leon'})
SET o.name = 'Mgen Benito Antonio T De Leon Afp',
    o.aliases = ['Benito Antonio T. De Leon', 'MGen Benito Antonio T. De Leon AFP'],
    o.role = 'Chief Smart City Officer',
    o.designation = 'Head Public Safety and Security Command Center',
    o.organisation = 'Public Safety and Security Command Center',
    o.sources = ['source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-csco-table#L41', 'source:general-knowledge'],
    o.note = 'Davao City has two officers in source:ascn-article-csco-table: the table prints both names and then both designations, one per line; names and designations are paired here by line order (first name with first designation). The name is printed as in the table; "Mgen" and "Afp" read as the military rank Major General and the Armed Forces of the Philippines (general knowledge).';
MATCH (a:Officer {id: 'officer:benito-antonio-t-de-leon'}), (b:City {id: 'city:davao-city'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L41'], r.note = 'One of two officers the table lists for this city; position is their order in the table.';
MATCH (a:Officer {id: 'officer:benito-antonio-t-de-leon'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L41'];

MERGE (o:Officer {id: 'officer:rowena-henedine-dominguez-narajos'})
SET o.name = 'Rowena Henedine Dominguez-Narajos',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Information Technology Officer II',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L42'],
    o.note = 'Davao City has two officers in source:ascn-article-csco-table: the table prints both names and then both designations, one per line; names and designations are paired here by line order (first name with first designation).';
MATCH (a:Officer {id: 'officer:rowena-henedine-dominguez-narajos'}), (b:City {id: 'city:davao-city'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 2, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L41', 'source:ascn-article-csco-table#L42'], r.note = 'One of two officers the table lists for this city; position is their order in the table.';
MATCH (a:Officer {id: 'officer:rowena-henedine-dominguez-narajos'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L42'];

MERGE (o:Officer {id: 'officer:mario-zapatos-oblefias'})
SET o.name = 'Mario Zapatos Oblefias',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Head, Electronic Data Processing, Manila City Hall',
    o.organisation = 'Manila City Hall',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L45'];
MATCH (a:Officer {id: 'officer:mario-zapatos-oblefias'}), (b:City {id: 'city:manila'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L45'];
MATCH (a:Officer {id: 'officer:mario-zapatos-oblefias'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L45'];

MERGE (o:Officer {id: 'officer:tan-chee-hau'})
SET o.name = 'Tan Chee Hau',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Director Smart Nation and Digital Government Office, Prime Minister\'s Office',
    o.organisation = 'Smart Nation and Digital Government Office, Prime Minister\'s Office',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L46'];
MATCH (a:Officer {id: 'officer:tan-chee-hau'}), (b:City {id: 'city:singapore'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L46'];
MATCH (a:Officer {id: 'officer:tan-chee-hau'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L46'];

MERGE (o:Officer {id: 'officer:chaiwat-thongkamkoon'})
SET o.name = 'Chaiwat Thongkamkoon',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Director-General, Office of Transport and Traffic Policy and Planning',
    o.organisation = 'Office of Transport and Traffic Policy and Planning',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L47'];
MATCH (a:Officer {id: 'officer:chaiwat-thongkamkoon'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L47'];
MATCH (a:Officer {id: 'officer:chaiwat-thongkamkoon'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L47'];

MERGE (o:Officer {id: 'officer:seksan-phunboonmee'})
SET o.name = 'Seksan Phunboonmee',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Policy and Plan Analyst, Energy Policy and Planning Office, Ministry of Energy',
    o.organisation = 'Energy Policy and Planning Office, Ministry of Energy',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L48'];
MATCH (a:Officer {id: 'officer:seksan-phunboonmee'}), (b:City {id: 'city:chonburi'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L48'];
MATCH (a:Officer {id: 'officer:seksan-phunboonmee'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L48'];

MERGE (o:Officer {id: 'officer:passakon-prathombutr'})
SET o.name = 'Passakon Prathombutr',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Senior Executive Vice President, Digital Economy Promotion Agency',
    o.organisation = 'Digital Economy Promotion Agency',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L49'];
MATCH (a:Officer {id: 'officer:passakon-prathombutr'}), (b:City {id: 'city:phuket'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L49'];
MATCH (a:Officer {id: 'officer:passakon-prathombutr'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L49'];

MERGE (o:Officer {id: 'officer:nguyen-quang-thanh'})
SET o.name = 'Nguyen Quang Thanh',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Director, Da Nang Department of Information and Communication',
    o.organisation = 'Da Nang Department of Information and Communication',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L50'];
MATCH (a:Officer {id: 'officer:nguyen-quang-thanh'}), (b:City {id: 'city:da-nang'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L50'];
MATCH (a:Officer {id: 'officer:nguyen-quang-thanh'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L50'];

MERGE (o:Officer {id: 'officer:nguyen-duc-chung'})
SET o.name = 'Nguyen Duc Chung',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Chairman, Hanoi People\'s Committee',
    o.organisation = 'Hanoi People\'s Committee',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L51'];
MATCH (a:Officer {id: 'officer:nguyen-duc-chung'}), (b:City {id: 'city:hanoi'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L51'];
MATCH (a:Officer {id: 'officer:nguyen-duc-chung'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L51'];

MERGE (o:Officer {id: 'officer:tran-vinh-tuyen'})
SET o.name = 'Tran Vinh Tuyen',
    o.role = 'Chief Smart City Officer',
    o.designation = 'Vice Chairman, Ho Chi Minh City People\'s Committee',
    o.organisation = 'Ho Chi Minh City People\'s Committee',
    o.sources = ['source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-csco-table#L52'];
MATCH (a:Officer {id: 'officer:tran-vinh-tuyen'}), (b:City {id: 'city:ho-chi-minh-city'}) MERGE (a)-[r:SERVES]->(b)
SET r.position = 1, r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L52'];
MATCH (a:Officer {id: 'officer:tran-vinh-tuyen'}), (b:Role {id: 'role:chief-smart-city-officer'}) MERGE (a)-[r:HOLDS_ROLE]->(b) SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L19', 'source:ascn-article-csco-table#L52'];
