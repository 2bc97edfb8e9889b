// Frameworks, plans, strategies and reports, with their parts, and where they were
// adopted, discussed or issued. A framework the documents describe without naming its
// parts (the two ASUS toolkits, the 26 city action plans) is one node, with a note.

// Master Plan on ASEAN Connectivity 2025 and its five strategic areas (003)
MERGE (f:Framework {id: 'framework:mpac-2025'})
SET f.name = 'Master Plan on ASEAN Connectivity 2025',
    f.aliases = ['MPAC 2025', 'MPAC'],
    f.kind = 'master plan',
    f.adopted = '2016',
    f.description = 'ASEAN’s plan to improve how its residents live, work and travel through a comprehensive and seamless network of people and infrastructure that makes the region more competitive and inclusive and strengthens its sense of community; 15 initiatives across five strategic areas.',
    f.sources = ['source:asean-profile-page', 'source:general-knowledge'],
    f.citations = ['source:asean-profile-page#L9:0-240', 'source:general-knowledge'],
    f.note = 'source:asean-profile-page introduces the five strategic areas with "such as"; that these five are all of them is general knowledge.';
MATCH (a:Framework {id: 'framework:mpac-2025'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:0-240'];

MERGE (a:FrameworkArea {id: 'area:mpac-sustainable-infrastructure'})
SET a.name = 'Sustainable Infrastructure',
    a.kind = 'strategic area',
    a.ordinal = 1,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L9:451-630'],
    a.note = 'source:asean-profile-page calls it the Sustainable Infrastructure "domain" of MPAC 2025.';

MERGE (a:FrameworkArea {id: 'area:mpac-digital-innovation'})
SET a.name = 'Digital Innovation',
    a.kind = 'strategic area',
    a.ordinal = 2,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L9:451-630'];

MERGE (a:FrameworkArea {id: 'area:mpac-seamless-logistics'})
SET a.name = 'Seamless Logistics',
    a.kind = 'strategic area',
    a.ordinal = 3,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L9:451-630'];

MERGE (a:FrameworkArea {id: 'area:mpac-regulatory-excellence'})
SET a.name = 'Regulatory Excellence',
    a.kind = 'strategic area',
    a.ordinal = 4,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L9:451-630'];

MERGE (a:FrameworkArea {id: 'area:mpac-people-mobility'})
SET a.name = 'People Mobility',
    a.kind = 'strategic area',
    a.ordinal = 5,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L9:451-630'];
MATCH (a:FrameworkArea {id: 'area:mpac-sustainable-infrastructure'}), (b:Framework {id: 'framework:mpac-2025'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:451-630'];
MATCH (a:FrameworkArea {id: 'area:mpac-digital-innovation'}), (b:Framework {id: 'framework:mpac-2025'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:451-630'];
MATCH (a:FrameworkArea {id: 'area:mpac-seamless-logistics'}), (b:Framework {id: 'framework:mpac-2025'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:451-630'];
MATCH (a:FrameworkArea {id: 'area:mpac-regulatory-excellence'}), (b:Framework {id: 'framework:mpac-2025'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:451-630'];
MATCH (a:FrameworkArea {id: 'area:mpac-people-mobility'}), (b:Framework {id: 'framework:mpac-2025'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:451-630'];

// ASEAN Sustainable Urbanisation Strategy: an initiative of the Sustainable Infrastructure area,
// with six core areas, a report and two toolkits (003)
MERGE (f:Framework {id: 'framework:asus'})
SET f.name = 'ASEAN Sustainable Urbanisation Strategy',
    f.aliases = ['ASUS', 'ASEAN Sustainable Urbanization Strategy'],
    f.kind = 'strategy',
    f.description = 'A framework for sustainable urbanisation in ASEAN cities across six core areas, with a detailed report on urban trends and priority areas and two practical toolkits for local governments.',
    f.sources = ['source:asean-profile-page'],
    f.citations = ['source:asean-profile-page#L11:0-147'];
MATCH (a:Framework {id: 'framework:asus'}), (b:FrameworkArea {id: 'area:mpac-sustainable-infrastructure'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:0-147'], r.note = 'One of the key initiatives of the Sustainable Infrastructure area of MPAC 2025.';

MERGE (a:FrameworkArea {id: 'area:asus-civic-and-social'})
SET a.name = 'Civic and social aspects',
    a.kind = 'core area',
    a.ordinal = 1,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L11:148-380'];

MERGE (a:FrameworkArea {id: 'area:asus-health-and-well-being'})
SET a.name = 'Health and well-being',
    a.kind = 'core area',
    a.ordinal = 2,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L11:148-380'];

MERGE (a:FrameworkArea {id: 'area:asus-security'})
SET a.name = 'Security',
    a.kind = 'core area',
    a.ordinal = 3,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L11:148-380'];

MERGE (a:FrameworkArea {id: 'area:asus-quality-environment'})
SET a.name = 'Quality environment',
    a.kind = 'core area',
    a.ordinal = 4,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L11:148-380'];

MERGE (a:FrameworkArea {id: 'area:asus-built-infrastructure'})
SET a.name = 'Built infrastructure',
    a.kind = 'core area',
    a.ordinal = 5,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L11:148-380'];

MERGE (a:FrameworkArea {id: 'area:asus-industry-and-innovation'})
SET a.name = 'Industry and innovation',
    a.kind = 'core area',
    a.ordinal = 6,
    a.sources = ['source:asean-profile-page'],
    a.citations = ['source:asean-profile-page#L11:148-380'];
MATCH (a:FrameworkArea {id: 'area:asus-civic-and-social'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:148-380'];
MATCH (a:FrameworkArea {id: 'area:asus-health-and-well-being'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:148-380'];
MATCH (a:FrameworkArea {id: 'area:asus-security'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:148-380'];
MATCH (a:FrameworkArea {id: 'area:asus-quality-environment'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:148-380'];
MATCH (a:FrameworkArea {id: 'area:asus-built-infrastructure'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:148-380'];
MATCH (a:FrameworkArea {id: 'area:asus-industry-and-innovation'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:148-380'];

MERGE (f:Framework {id: 'framework:asus-report'})
SET f.name = 'ASUS report on urban trends and priority areas',
    f.kind = 'report',
    f.description = 'A detailed report on urban trends and priority areas for urban development in the region.',
    f.mentionedAs = ['detailed report'],
    f.sources = ['source:asean-profile-page'],
    f.citations = ['source:asean-profile-page#L11:381-494'],
    f.note = 'source:asean-profile-page does not give the report a title.';
MATCH (a:Framework {id: 'framework:asus-report'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:148-494'];

MERGE (f:Framework {id: 'framework:asus-toolkits'})
SET f.name = 'ASUS toolkits',
    f.kind = 'toolkit',
    f.description = 'Two practical toolkits that help local governments in ASEAN cities advance sustainable urbanisation in their areas.',
    f.mentionedAs = ['practical toolkits'],
    f.sources = ['source:asean-profile-page'],
    f.citations = ['source:asean-profile-page#L11:495-670'],
    f.note = 'source:asean-profile-page counts two toolkits but names neither, so one node stands for both; metric:asus-toolkits holds the count.';
MATCH (a:Framework {id: 'framework:asus-toolkits'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:495-670'];

// ASEAN Charter (003)
MERGE (f:Framework {id: 'framework:asean-charter'})
SET f.name = 'ASEAN Charter',
    f.kind = 'charter',
    f.sources = ['source:asean-profile-page'],
    f.citations = ['source:asean-profile-page#L17:221-380'],
    f.note = 'source:asean-profile-page: the ASCN’s people-centric approach stresses inclusivity and respect for human rights as set out in the ASEAN Charter.';
MATCH (a:Framework {id: 'framework:asean-charter'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:asean-profile-page', 'source:general-knowledge'], r.citations = ['source:asean-profile-page#L17:221-380', 'source:general-knowledge'];

// ASEAN Outlook on the Indo-Pacific, adopted at the 34th ASEAN Summit (000)
MERGE (f:Framework {id: 'framework:aoip'})
SET f.name = 'ASEAN Outlook on the Indo-Pacific',
    f.aliases = ['AOIP'],
    f.kind = 'outlook',
    f.adopted = '2019-06',
    f.sources = ['source:ascn-meeting-2019-press-statement'],
    f.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'],
    f.note = 'Adopted by the ASEAN Leaders at the 34th ASEAN Summit in Bangkok in June 2019. source:ascn-meeting-2019-press-statement names connectivity and sustainable development as key priority areas identified in it, without saying they are the only ones.';
MATCH (a:Framework {id: 'framework:aoip'}), (b:Summit {id: 'summit:asean-34'}) MERGE (a)-[r:ADOPTED_AT]->(b)
SET r.action = 'adopted', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'], r.note = 'Adopted by the ASEAN Leaders.';
MATCH (a:Framework {id: 'framework:aoip'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'];

MERGE (a:FrameworkArea {id: 'area:aoip-connectivity'})
SET a.name = 'Connectivity',
    a.kind = 'priority area',
    a.ordinal = 1,
    a.sources = ['source:ascn-meeting-2019-press-statement'],
    a.citations = ['source:ascn-meeting-2019-press-statement#L8:474-754'];

MERGE (a:FrameworkArea {id: 'area:aoip-sustainable-development'})
SET a.name = 'Sustainable development',
    a.kind = 'priority area',
    a.ordinal = 2,
    a.sources = ['source:ascn-meeting-2019-press-statement'],
    a.citations = ['source:ascn-meeting-2019-press-statement#L1:258-399'];
MATCH (a:FrameworkArea {id: 'area:aoip-connectivity'}), (b:Framework {id: 'framework:aoip'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'];
MATCH (a:FrameworkArea {id: 'area:aoip-sustainable-development'}), (b:Framework {id: 'framework:aoip'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'];

// Documents of the ASCN itself, and the ASEAN Smart Cities Framework its officers discuss
MERGE (f:Framework {id: 'framework:ascn-concept-note'})
SET f.name = 'Concept Note of the ASEAN Smart Cities Network',
    f.aliases = ['Concept Note on ASEAN Smart Cities Network, 2018', 'ASCN Concept Note'],
    f.kind = 'concept note',
    f.adopted = '2018-04-27',
    f.sources = ['source:ascn-article-mirror'],
    f.citations = ['source:ascn-article-mirror#L37'],
    f.note = 'Known only from the references of source:ascn-article-mirror, which cite it twice: as "Concept Note of the ASEAN Smart Cities Network", dated 27 April 2018, and as "Concept Note on ASEAN Smart Cities Network, 2018" (PDF). The article draws on it for the aims of the network, the National Representatives and the Chief Smart City Officers and their standing. Its author is not given.';
MATCH (a:Framework {id: 'framework:ascn-concept-note'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L37'], r.note = 'The concept note of the network, by its title; the documents do not name its author.';

MERGE (f:Framework {id: 'framework:ascn-terms-of-reference'})
SET f.name = 'ASCN Terms of Reference',
    f.aliases = ['ASCN ToR', 'Terms of Reference of the ASEAN Smart Cities Network'],
    f.kind = 'terms of reference',
    f.adopted = '2019-08-23',
    f.sources = ['source:ascn-meeting-2019-press-statement'],
    f.citations = ['source:ascn-meeting-2019-press-statement#L6:507-652'],
    f.note = 'Adopted at the ASCN Annual Meeting 2019, to be submitted for notation by the ASEAN Leaders at the 35th ASEAN Summit. The press statement predates that summit; no document says whether the Leaders noted it.';
MATCH (a:Framework {id: 'framework:ascn-terms-of-reference'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:ADOPTED_AT]->(b)
SET r.action = 'adopted', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:507-652'];
MATCH (a:Framework {id: 'framework:ascn-terms-of-reference'}), (b:Summit {id: 'summit:asean-35'}) MERGE (a)-[r:SUBMITTED_TO]->(b)
SET r.purpose = 'notation by the ASEAN Leaders', r.qualifier = 'planned', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:507-652'], r.note = 'Announced before the summit; its outcome is not in the documents.';
MATCH (a:Framework {id: 'framework:ascn-terms-of-reference'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:507-652'];

MERGE (f:Framework {id: 'framework:ascn-me-framework'})
SET f.name = 'ASCN Monitoring and Evaluation Framework',
    f.aliases = ['M&E framework', 'ASCN M&E framework'],
    f.kind = 'framework',
    f.sources = ['source:ascn-meeting-2019-press-statement'],
    f.citations = ['source:ascn-meeting-2019-press-statement#L6:653-796'],
    f.note = 'The ASCN Annual Meeting 2019 discussed its development (source:ascn-meeting-2019-press-statement). No document says when it was completed; source:asean-profile-page cites a 2022 Monitoring & Evaluation Report.';
MATCH (a:Framework {id: 'framework:ascn-me-framework'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:DISCUSSED_AT]->(b)
SET r.action = 'development discussed', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:653-796'];
MATCH (a:Framework {id: 'framework:ascn-me-framework'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:507-796'];

MERGE (f:Framework {id: 'framework:ascn-me-report-2022'})
SET f.name = '2022 Monitoring & Evaluation Report',
    f.aliases = ['2022 M&E Report', 'ASCN Monitoring and Evaluation Report 2022'],
    f.kind = 'report',
    f.description = 'Reports significant progress of the ASCN at city and network level; for instance, smart city projects rose from 65 in 2021 to 77 in 2022.',
    f.sources = ['source:asean-profile-page'],
    f.citations = ['source:asean-profile-page#L21:309-441'],
    f.note = 'source:asean-profile-page gives neither its author nor its publication date. Its figures are metric:ascn-projects-2021 and metric:ascn-projects-2022.';

MERGE (f:Framework {id: 'framework:asean-smart-cities-framework'})
SET f.name = 'ASEAN Smart Cities Framework',
    f.kind = 'framework',
    f.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:asean-profile-page'],
    f.citations = ['source:ascn-article-mirror#L25:255-392', 'source:ascn-article-csco-table#L18:0-86', 'source:asean-profile-page#L21:76-308'],
    f.note = 'Chief Smart City Officers discuss it (source:ascn-article-mirror, source:ascn-article-csco-table), and so did the ASCN Governance Workshop of May 2018 (source:asean-profile-page). The documents do not describe its content, date or author.';
MATCH (a:Framework {id: 'framework:asean-smart-cities-framework'}), (b:Meeting {id: 'meeting:ascn-governance-workshop-2018'}) MERGE (a)-[r:DISCUSSED_AT]->(b)
SET r.action = 'discussed', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:0-308'];

// The action plans and priority projects of the 26 pilot cities, as one node (001, 002)
MERGE (f:Framework {id: 'framework:smart-city-action-plans'})
SET f.name = 'Smart City Action Plans and Priority Projects',
    f.aliases = ['Smart City Action Plans', 'city action plans'],
    f.mentionedAs = ['action plan'],
    f.kind = 'action plan',
    f.description = 'The action plans and priority projects the 26 pilot cities developed; each city’s Chief Smart City Officer crafts its plan, and the network meets annually to review progress.',
    f.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:asean-profile-page', 'source:ascn-meeting-2020-news-report'],
    f.citations = ['source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-meeting-2019-press-statement#L1:400-617', 'source:asean-profile-page#L21:76-308', 'source:ascn-meeting-2020-news-report#L9'],
    f.note = 'The article says the 26 pilot cities developed them and links to them without giving their content, so one node stands for all 26. The ASCN Governance Workshop of May 2018 helped members draft them (source:asean-profile-page); the ASCN was to meet annually to discuss progress on each city’s plan (source:ascn-meeting-2019-press-statement); at the 2020 annual meeting the chair urged members to implement their action plans in 2020 (source:ascn-meeting-2020-news-report).';
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:Meeting {id: 'meeting:ascn-governance-workshop-2018'}) MERGE (a)-[r:DISCUSSED_AT]->(b)
SET r.action = 'drafted', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:0-308'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:Meeting {id: 'meeting:ascn-annual-2020'}) MERGE (a)-[r:DISCUSSED_AT]->(b)
SET r.action = 'implementation in 2020 urged', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L10:0-145', 'source:ascn-meeting-2020-news-report#L9'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:bandar-seri-begawan'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L20'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:battambang'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L21'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:phnom-penh'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L22'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:siem-reap'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L23'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:banyuwangi'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L25'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:jakarta'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L26'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:makassar'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L24'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:luang-prabang'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L27'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:vientiane'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L28'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:johor-bahru'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L29'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:kota-kinabalu'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L31'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:kuala-lumpur'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L30'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:kuching'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L35'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:mandalay'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L37'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:naypyidaw'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L36'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:yangon'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L38'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:cebu-city'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L40'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:davao-city'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L41'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:manila'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L45'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:singapore'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L4:301-402'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L47'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:chonburi'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L48'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:phuket'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L49'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:da-nang'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L50'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:hanoi'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L51'];
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:City {id: 'city:ho-chi-minh-city'}) MERGE (a)-[r:ISSUED_BY]->(b) SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L17', 'source:ascn-article-mirror#L21', 'source:ascn-article-csco-table#L13', 'source:ascn-article-csco-table#L52'];

// Vietnam: the national smart urban development project and its three priority groups (004)
MERGE (f:Framework {id: 'framework:vn-smart-urban-development'})
SET f.name = 'Vietnam Smart Urban Development for the period of 2018 - 2025 and orientation to 2030',
    f.aliases = ['Vietnam Smart Urban Development Project', 'Smart Urban Development project 2018–2025', 'Smart Urban Development project 2018-2025'],
    f.kind = 'national programme',
    f.periodStart = '2018',
    f.periodEnd = '2025',
    f.description = 'Vietnam’s national project for smart urban development from 2018 to 2025, with an orientation to 2030, in three priority groups: smart urban planning, smart urban management and smart urban utilities. Building on interconnected databases, many Vietnamese urban areas have had early success with intelligent utilities in education, health, transport, construction and the environment.',
    f.sources = ['source:ascn-meeting-2020-news-report'],
    f.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'],
    f.note = 'source:ascn-meeting-2020-news-report: the Prime Minister issued it after Vietnam joined the ASCN in 2018; the report gives no date of issue and does not name the Prime Minister.';
MATCH (a:Framework {id: 'framework:vn-smart-urban-development'}), (b:Person {id: 'person:prime-minister-of-vietnam'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];
MATCH (a:Framework {id: 'framework:vn-smart-urban-development'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:ISSUED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'], r.note = 'Issued by the Prime Minister of Vietnam.';

MERGE (a:FrameworkArea {id: 'area:vn-sud-smart-urban-planning'})
SET a.name = 'Smart urban planning',
    a.kind = 'priority group',
    a.ordinal = 1,
    a.sources = ['source:ascn-meeting-2020-news-report'],
    a.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];

MERGE (a:FrameworkArea {id: 'area:vn-sud-smart-urban-management'})
SET a.name = 'Smart urban management',
    a.kind = 'priority group',
    a.ordinal = 2,
    a.sources = ['source:ascn-meeting-2020-news-report'],
    a.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];

MERGE (a:FrameworkArea {id: 'area:vn-sud-smart-urban-utilities'})
SET a.name = 'Smart urban utilities',
    a.kind = 'priority group',
    a.ordinal = 3,
    a.sources = ['source:ascn-meeting-2020-news-report'],
    a.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];
MATCH (a:FrameworkArea {id: 'area:vn-sud-smart-urban-planning'}), (b:Framework {id: 'framework:vn-smart-urban-development'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];
MATCH (a:FrameworkArea {id: 'area:vn-sud-smart-urban-management'}), (b:Framework {id: 'framework:vn-smart-urban-development'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];
MATCH (a:FrameworkArea {id: 'area:vn-sud-smart-urban-utilities'}), (b:Framework {id: 'framework:vn-smart-urban-development'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];

// What the network and plans aim at (000, 003, 004)
MATCH (a:Network {id: 'network:ascn'}), (b:FrameworkArea {id: 'area:aoip-connectivity'}) MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'],
    r.note = 'The ASCN’s interaction with external partners, the G20 in particular, is to help cooperation in connectivity, a key priority area of the AOIP.';
MATCH (a:Network {id: 'network:ascn'}), (b:FrameworkArea {id: 'area:aoip-sustainable-development'}) MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L1:258-399'],
    r.note = 'The ASCN’s interaction with external partners, the G20 in particular, is to help cooperation in sustainable development, a key priority area of the AOIP.';
MATCH (a:Network {id: 'network:ascn'}), (b:Framework {id: 'framework:asean-charter'}) MERGE (a)-[r:GUIDED_BY]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L17:221-380'],
    r.note = 'The network’s people-centric approach stresses inclusivity and respect for human rights as the ASEAN Charter sets them out.';
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:FrameworkArea {id: 'area:asean-2020-peaceful-environment'}) MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'], r.note = 'Implementing the action plans in 2020 was to contribute to the five priorities of ASEAN 2020.';
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:FrameworkArea {id: 'area:asean-2020-connecting-prosperity'}) MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'], r.note = 'Implementing the action plans in 2020 was to contribute to the five priorities of ASEAN 2020.';
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:FrameworkArea {id: 'area:asean-2020-community-and-identity'}) MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'], r.note = 'Implementing the action plans in 2020 was to contribute to the five priorities of ASEAN 2020.';
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:FrameworkArea {id: 'area:asean-2020-international-partnerships'}) MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'], r.note = 'Implementing the action plans in 2020 was to contribute to the five priorities of ASEAN 2020.';
MATCH (a:Framework {id: 'framework:smart-city-action-plans'}), (b:FrameworkArea {id: 'area:asean-2020-institutional-capacity'}) MERGE (a)-[r:PROMOTES]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'], r.note = 'Implementing the action plans in 2020 was to contribute to the five priorities of ASEAN 2020.';

// The 2022 M&E report is about the network's progress (003)
MATCH (a:Framework {id: 'framework:ascn-me-report-2022'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:309-441'];
