// The ASEAN Smart Cities Network, its two posts, and its member states.
// The summit it was established at and the chairmanship it was a deliverable of are
// linked in 070-summits-and-meetings.cypher and 080-chairmanships.cypher.

MERGE (n:Network {id: 'network:ascn'})
SET n.name = 'ASEAN Smart Cities Network',
    n.aliases = ['ASCN', 'ACSN'],
    n.established = '2018-04',
    n.purpose = 'A collaborative platform through which ASEAN cities pursue smart and sustainable urban development with digital technology and innovation: cooperation between cities, bankable projects with the private sector, and funding and support from ASEAN’s external partners.',
    n.mentionedAs = ['the Network'],
    n.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:asean-profile-page', 'source:ascn-meeting-2020-news-report'],
    n.citations = ['source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-article-mirror#L3', 'source:ascn-article-csco-table#L1', 'source:asean-profile-page#L15', 'source:ascn-meeting-2020-news-report#L1:0-196'],
    n.note = 'Establishment: source:ascn-meeting-2019-press-statement says the ASEAN Member States established it at the 32nd ASEAN Summit in April 2018; the article (source:ascn-article-mirror, source:ascn-article-csco-table) says it was launched at the 32nd ASEAN Summit, without a month; source:asean-profile-page says ASEAN Leaders initiated it in 2018. "ACSN" is a one-off typo in source:ascn-article-mirror. The documents word its aims differently: to synergise development efforts, share best practices, catalyse opportunities for sustainable development and build capacity (2019 press statement); to unify efforts, broker projects between city governments and local private firms, secure external funding, standardise the development of metropolitan areas and help member states bring more cities up to the metropolitan level (mirror article); to synergise efforts, catalyse bankable projects with the private sector and secure external funding, using digital solutions across the urban-rural continuum (article with the CSCO table); to raise the quality of life of ASEAN citizens through technology, with a people-centric approach that stresses inclusivity and respect for human rights as set out in the ASEAN Charter, and to foster cultural understanding (profile page). Background: both versions of the article present the ASCN as a response to rapid urbanisation in the region, and say that the region’s growth has been driven mainly by its metropolises (source:ascn-article-mirror) or its urban centres (source:ascn-article-csco-table); source:asean-profile-page sets its aim against the opportunities and challenges of rapid urbanisation and digitalisation. The 2019 press statement adds that it was planned to meet annually to review each city’s action plan, launch projects and explore opportunities with external partners, and stresses dialogue and cooperation with those partners.';

MATCH (a:Network {id: 'network:ascn'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:ESTABLISHED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:asean-profile-page'], r.citations = ['source:ascn-meeting-2019-press-statement#L1:0-257', 'source:asean-profile-page#L15'],
    r.note = 'source:ascn-meeting-2019-press-statement: established by the ASEAN Member States; source:asean-profile-page: ASEAN Leaders initiated its creation in 2018.';

// Posts in the network. Every pilot city nominates a Chief Smart City Officer and every
// member state a National Representative (001, 002).
MERGE (r:Role {id: 'role:chief-smart-city-officer'})
SET r.name = 'Chief Smart City Officer',
    r.aliases = ['CSCO'],
    r.level = 'city',
    r.duties = 'Attends the annual meeting, crafts the city’s action plan and discusses the ASEAN Smart Cities Framework; the city’s main point of contact with the Network.',
    r.equivalentTo = 'Chief Urban Planner or Chief Resilience Officer',
    r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    r.citations = ['source:ascn-article-mirror#L25:79-154', 'source:ascn-article-csco-table#L17:76-141'],
    r.note = 'Each pilot city nominates one; the table in source:ascn-article-csco-table lists 28 officers for the 26 cities (two each for Kota Kinabalu and Davao City). source:ascn-article-mirror cites the ASCN Concept Note for the equivalence of status.';

MERGE (r:Role {id: 'role:national-representative'})
SET r.name = 'National Representative',
    r.level = 'national',
    r.duties = 'Represents a member state in the Network, alongside the cities’ Chief Smart City Officers; National Representatives attended the 2019 annual meeting.',
    r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement'],
    r.citations = ['source:ascn-article-mirror#L25:0-78', 'source:ascn-article-csco-table#L17:0-75', 'source:ascn-meeting-2019-press-statement#L6:0-265'],
    r.note = 'Each ASEAN Member State nominates one. No document names any National Representative, so the graph has no officer holding this post.';

MATCH (a:Role {id: 'role:chief-smart-city-officer'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L25:465-556', 'source:ascn-article-csco-table#L17:0-141'];
MATCH (a:Role {id: 'role:national-representative'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L25:0-78', 'source:ascn-article-csco-table#L17:0-75'];

// Member states in the network: each nominates a National Representative (001, 002), and the
// network's cities are in all ten (000). Only Vietnam's year of joining is stated (004).
MATCH (a:MemberState {id: 'state:bn'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:kh'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:id'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:la'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:my'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:mm'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:ph'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:sg'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L5:130-559', 'source:ascn-article-csco-table#L4:0-402', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:th'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:general-knowledge', 'source:asean-profile-page#L15'];
MATCH (a:MemberState {id: 'state:vn'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b)
SET r.role = 'member state', r.since = '2018',
    r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement', 'source:ascn-meeting-2020-news-report', 'source:general-knowledge', 'source:asean-profile-page'],
    r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:309-465', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-meeting-2020-news-report#L1', 'source:general-knowledge', 'source:asean-profile-page#L15'],
    r.note = 'source:ascn-meeting-2020-news-report: Vietnam joined the ASCN in 2018.';
