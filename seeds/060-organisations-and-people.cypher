// Organisations and people the documents name, with the offices they hold.
// ASEAN itself is in 020-member-states.cypher.
// Expansions of acronyms the documents use bare (UCLG ASPAC, ESCAP, G20, YUSA) are
// general knowledge, and the nodes cite it for them.

MERGE (o:Organization {id: 'org:asean-secretariat'})
SET o.name = 'ASEAN Secretariat',
    o.aliases = ['ASEC'],
    o.kind = 'secretariat',
    o.sources = ['source:ascn-meeting-2019-press-statement', 'source:asean-profile-page', 'source:general-knowledge'],
    o.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265', 'source:asean-profile-page#L13:0-184', 'source:general-knowledge'],
    o.note = 'The documents do not use the acronym ASEC; it is general knowledge.';
MATCH (a:Organization {id: 'org:asean-secretariat'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (o:Organization {id: 'org:uclg-aspac'})
SET o.name = 'UCLG ASPAC',
    o.aliases = ['United Cities and Local Governments Asia-Pacific', 'UCLG Asia-Pacific'],
    o.kind = 'network of local governments',
    o.sources = ['source:asean-profile-page', 'source:general-knowledge'],
    o.citations = ['source:asean-profile-page#L13:0-184', 'source:general-knowledge'],
    o.note = 'source:asean-profile-page uses only the acronym; the expansion and the kind are general knowledge.';

MERGE (o:Organization {id: 'org:escap'})
SET o.name = 'ESCAP',
    o.aliases = ['United Nations Economic and Social Commission for Asia and the Pacific', 'UNESCAP'],
    o.kind = 'UN regional commission',
    o.sources = ['source:asean-profile-page', 'source:general-knowledge'],
    o.citations = ['source:asean-profile-page#L13:315-626', 'source:general-knowledge'],
    o.note = 'source:asean-profile-page uses only the acronym; the expansion and the kind are general knowledge.';

MERGE (o:Organization {id: 'org:g20'})
SET o.name = 'G20',
    o.aliases = ['Group of Twenty'],
    o.kind = 'forum',
    o.sources = ['source:ascn-meeting-2019-press-statement', 'source:general-knowledge'],
    o.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473', 'source:general-knowledge'],
    o.note = 'source:ascn-meeting-2019-press-statement names the G20 Summit in Osaka and the G20 countries and representatives invited to the ASCN Annual Meeting 2019; the expansion is general knowledge.';

MERGE (o:Organization {id: 'org:undp'})
SET o.name = 'United Nations Development Programme',
    o.aliases = ['UNDP', 'United Nations Development Program'],
    o.kind = 'UN agency',
    o.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-mirror#L29', 'source:ascn-article-csco-table#L57:101-327', 'source:general-knowledge'],
    o.note = 'Both versions of the article write "United Nations Development Program"; the organisation spells it "Programme" (general knowledge). Only source:ascn-article-mirror gives the acronym.';

MERGE (o:Organization {id: 'org:jetro'})
SET o.name = 'Japan External Trade Organization',
    o.aliases = ['JETRO', 'Japan External Trade Organisation'],
    o.kind = 'government agency',
    o.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-mirror#L29', 'source:ascn-article-csco-table#L57:101-327', 'source:general-knowledge'],
    o.note = 'source:ascn-article-mirror writes "Organization" and gives the acronym; source:ascn-article-csco-table writes "Organisation". The kind is general knowledge.';
MATCH (a:Organization {id: 'org:jetro'}), (b:Country {id: 'country:jp'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'], r.note = 'Japan’s trade agency, as its name says; no document names Japan as such.';

MERGE (o:Organization {id: 'org:amata-smart-city-chonburi'})
SET o.name = 'Amata Smart City Corporation Chonburi',
    o.kind = 'company',
    o.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    o.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449'];
MATCH (a:Organization {id: 'org:amata-smart-city-chonburi'}), (b:City {id: 'city:chonburi'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449'],
    r.note = 'Read from the company’s name, which ends in Chonburi; the articles do not say where it is based in so many words.';

MERGE (o:Organization {id: 'org:yusa'})
SET o.name = 'Yokohama Urban Solutions Alliance',
    o.aliases = ['YUSA', 'Yokohama Urban Solution Alliance'],
    o.kind = 'alliance',
    o.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449', 'source:general-knowledge'],
    o.note = 'Both versions of the article write "Yokohama Urban Solutions Alliance", which the name follows; the alliance itself spells it in the singular, "Yokohama Urban Solution Alliance" (general knowledge). The documents do not use the acronym YUSA; it is general knowledge.';
MATCH (a:Organization {id: 'org:yusa'}), (b:City {id: 'city:yokohama'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449'],
    r.note = 'Read from the alliance’s name; the articles do not say where it is based in so many words.';

MERGE (o:Organization {id: 'org:asean-mayors-forum'})
SET o.name = 'ASEAN Mayors Forum',
    o.aliases = ['AMF'],
    o.kind = 'event series',
    o.sources = ['source:asean-profile-page'],
    o.citations = ['source:asean-profile-page#L13:0-184'],
    o.mentionedAs = ['This annual event'],
    o.note = 'source:asean-profile-page describes an annual event, co-organised by UCLG ASPAC and the ASEAN Secretariat, where mayors and representatives of local governments and their associations from all member states discuss local action for sustainable and inclusive growth, exchange experience and share urban solutions. The paragraph does not name the event in its first sentence; the editions it goes on to name are ASEAN Mayors Forums.';

MERGE (o:Organization {id: 'org:vn-ministry-of-construction'})
SET o.name = 'Ministry of Construction',
    o.aliases = ['Vietnam Ministry of Construction'],
    o.mentionedAs = ['Minister of Construction'],
    o.kind = 'ministry',
    o.sources = ['source:ascn-meeting-2020-news-report'],
    o.citations = ['source:ascn-meeting-2020-news-report#L1:197-282'],
    o.note = 'Vietnam’s ministry. source:ascn-meeting-2020-news-report names its minister ("Vietnamese Minister of Construction"), not the ministry itself.';
MATCH (a:Organization {id: 'org:vn-ministry-of-construction'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:PART_OF]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:197-282'];

// The annual ASEAN Mayors Forum as a series: who co-organises it (003). Each edition's own
// organisers are in 070-summits-and-meetings.cypher.
MATCH (a:Organization {id: 'org:asean-mayors-forum'}), (b:Organization {id: 'org:uclg-aspac'}) MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = 'co-organiser', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13:0-184'];
MATCH (a:Organization {id: 'org:asean-mayors-forum'}), (b:Organization {id: 'org:asean-secretariat'}) MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = 'co-organiser', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13:0-184'];

// Publishers of what the article's references cite (001). JETRO is above.
MERGE (o:Organization {id: 'org:the-straits-times'})
SET o.name = 'The Straits Times',
    o.aliases = ['Straits Times'],
    o.kind = 'newspaper',
    o.sources = ['source:ascn-article-mirror', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-mirror#L40', 'source:general-knowledge'],
    o.note = 'Named in reference 4 of source:ascn-article-mirror; that it is a newspaper is general knowledge.';
MATCH (a:Organization {id: 'org:the-straits-times'}), (b:MemberState {id: 'state:sg'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (o:Organization {id: 'org:todayonline'})
SET o.name = 'TODAYonline',
    o.aliases = ['TODAY'],
    o.kind = 'news site',
    o.sources = ['source:ascn-article-mirror', 'source:general-knowledge'],
    o.citations = ['source:ascn-article-mirror#L41', 'source:general-knowledge'],
    o.note = 'Named in reference 5 of source:ascn-article-mirror; that it is a news site is general knowledge.';
MATCH (a:Organization {id: 'org:todayonline'}), (b:MemberState {id: 'state:sg'}) MERGE (a)-[r:BASED_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

// People. The two prime ministers are not named in the documents: their nodes stand for
// the office holder at the time, named after the office.

MERGE (p:Person {id: 'person:lim-jock-hoi'})
SET p.name = 'Lim Jock Hoi',
    p.title = 'Secretary-General of ASEAN',
    p.sources = ['source:ascn-meeting-2020-news-report'],
    p.citations = ['source:ascn-meeting-2020-news-report#L7'],
    p.note = 'source:ascn-meeting-2020-news-report calls him "ASEAN Secretary General" and once "ASEAN General Secretary". It reports that Minister Pham Hong Ha thanked him for closely directing the activities of the ASCN.';
MATCH (a:Person {id: 'person:lim-jock-hoi'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:HOLDS_OFFICE_IN]->(b)
SET r.title = 'Secretary-General', r.date = '2020-07-17', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L7'],
    r.note = 'Shown in office at the ASCN Annual Meeting of 17 July 2020 (the year comes from context).';

MERGE (p:Person {id: 'person:pham-hong-ha'})
SET p.name = 'Pham Hong Ha',
    p.aliases = ['Phạm Hồng Hà'],
    p.title = 'Minister of Construction of Vietnam',
    p.sources = ['source:ascn-meeting-2020-news-report', 'source:general-knowledge'],
    p.citations = ['source:ascn-meeting-2020-news-report#L1:197-282', 'source:general-knowledge'],
    p.note = 'source:ascn-meeting-2020-news-report writes the name without diacritics; the Vietnamese spelling in the alias is general knowledge.';
MATCH (a:Person {id: 'person:pham-hong-ha'}), (b:Organization {id: 'org:vn-ministry-of-construction'}) MERGE (a)-[r:HOLDS_OFFICE_IN]->(b)
SET r.title = 'Minister of Construction', r.date = '2020-07-17', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:197-282'],
    r.note = 'Shown in office at the ASCN Annual Meeting of 17 July 2020 (the year comes from context).';

MERGE (p:Person {id: 'person:prime-minister-of-thailand-2019'})
SET p.name = 'Prime Minister of Thailand',
    p.title = 'Prime Minister of Thailand',
    p.sources = ['source:ascn-meeting-2019-press-statement'],
    p.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473'],
    p.note = 'Unnamed in the documents: source:ascn-meeting-2019-press-statement says "the Prime Minister of Thailand" proposed, at the G20 Summit in Osaka in June 2019, the initiative under which G20 countries were invited to the ASCN. This node stands for whoever held the office then.';
MATCH (a:Person {id: 'person:prime-minister-of-thailand-2019'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:HOLDS_OFFICE_IN]->(b)
SET r.title = 'Prime Minister', r.date = '2019-06', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473'];

MERGE (p:Person {id: 'person:prime-minister-of-vietnam'})
SET p.name = 'Prime Minister of Vietnam',
    p.title = 'Prime Minister of Vietnam',
    p.mentionedAs = ['Prime Minister'],
    p.sources = ['source:ascn-meeting-2020-news-report'],
    p.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'],
    p.note = 'Unnamed in the documents: source:ascn-meeting-2020-news-report says only that "the Prime Minister" issued the national smart urban development project after Vietnam joined the ASCN in 2018, without a date. This node stands for whoever held the office then.';
MATCH (a:Person {id: 'person:prime-minister-of-vietnam'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:HOLDS_OFFICE_IN]->(b)
SET r.title = 'Prime Minister', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L5:0-279'];

MERGE (p:Person {id: 'person:malcolm-turnbull'})
SET p.name = 'Malcolm Turnbull',
    p.aliases = ['Turnbull'],
    p.title = 'Prime Minister of Australia',
    p.sources = ['source:ascn-article-mirror', 'source:general-knowledge'],
    p.citations = ['source:ascn-article-mirror#L40', 'source:general-knowledge'],
    p.note = 'Named only by his surname, in the headline of The Straits Times report that reference 4 of source:ascn-article-mirror cites for the A$30 million fund. His full name and office (Prime Minister of Australia in March 2018) are general knowledge.';
MATCH (a:Person {id: 'person:malcolm-turnbull'}), (b:Country {id: 'country:au'}) MERGE (a)-[r:HOLDS_OFFICE_IN]->(b)
SET r.title = 'Prime Minister', r.date = '2018-03', r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
