// Chairmanships of ASEAN and of the ASCN by year, their holders, and what they set.
// Where a holder is not stated in so many words, the note says what the documents do say.

// ASEAN

MERGE (c:Chairmanship {id: 'chair:asean-2018'})
SET c.name = 'ASEAN Chairmanship 2018',
    c.aliases = ['ASEAN 2018', 'Singapore’s ASEAN Chairmanship 2018'],
    c.body = 'ASEAN',
    c.year = 2018,
    c.mentionedAs = ['ASEAN Chairmanship'],
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    c.citations = ['source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402'];
MATCH (a:Chairmanship {id: 'chair:asean-2018'}), (b:MemberState {id: 'state:sg'}) MERGE (a)-[r:HELD_BY]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402'];
MATCH (a:Chairmanship {id: 'chair:asean-2018'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:CHAIR_OF]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402'];
MATCH (a:Network {id: 'network:ascn'}), (b:Chairmanship {id: 'chair:asean-2018'}) MERGE (a)-[r:ESTABLISHED_BY]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L5:130-559', 'source:ascn-article-csco-table#L4:0-402'],
    r.note = 'Launched at the 32nd ASEAN Summit as a key deliverable of Singapore’s ASEAN Chairmanship in 2018.';

MERGE (c:Chairmanship {id: 'chair:asean-2019'})
SET c.name = 'ASEAN Chairmanship 2019',
    c.aliases = ['ASEAN 2019'],
    c.body = 'ASEAN',
    c.year = 2019,
    c.mentionedAs = ['ASEAN Summit in Bangkok'],
    c.sources = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement'],
    c.citations = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement#L8:755-1105'],
    c.note = 'No document says who chaired ASEAN in 2019; Thailand is general knowledge. source:ascn-meeting-2019-press-statement agrees with it: the 34th ASEAN Summit met in Bangkok in June 2019, and the 35th was to meet there in November.';
MATCH (a:Chairmanship {id: 'chair:asean-2019'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:HELD_BY]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:Chairmanship {id: 'chair:asean-2019'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:CHAIR_OF]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (c:Chairmanship {id: 'chair:asean-2020'})
SET c.name = 'ASEAN Chairmanship 2020',
    c.aliases = ['ASEAN 2020'],
    c.body = 'ASEAN',
    c.year = 2020,
    c.sources = ['source:ascn-meeting-2020-news-report', 'source:general-knowledge'],
    c.citations = ['source:ascn-meeting-2020-news-report#L9', 'source:general-knowledge'],
    c.note = 'source:ascn-meeting-2020-news-report lists "the 5 priorities set by ASEAN 2020" without naming the chair; that Vietnam chaired ASEAN in 2020 is general knowledge.';
MATCH (a:Chairmanship {id: 'chair:asean-2020'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:HELD_BY]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:Chairmanship {id: 'chair:asean-2020'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:CHAIR_OF]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'];

// The five priorities of ASEAN 2020, in the order of 004.
MERGE (p:FrameworkArea {id: 'area:asean-2020-peaceful-environment'})
SET p.name = 'Strengthening peaceful environment', p.kind = 'priority', p.ordinal = 1, p.sources = ['source:ascn-meeting-2020-news-report'], p.citations = ['source:ascn-meeting-2020-news-report#L9'];
MERGE (p:FrameworkArea {id: 'area:asean-2020-connecting-prosperity'})
SET p.name = 'Connecting prosperity', p.kind = 'priority', p.ordinal = 2, p.sources = ['source:ascn-meeting-2020-news-report'], p.citations = ['source:ascn-meeting-2020-news-report#L9'];
MERGE (p:FrameworkArea {id: 'area:asean-2020-community-and-identity'})
SET p.name = 'Developing community and ASEAN identity', p.kind = 'priority', p.ordinal = 3, p.sources = ['source:ascn-meeting-2020-news-report'], p.citations = ['source:ascn-meeting-2020-news-report#L9'];
MERGE (p:FrameworkArea {id: 'area:asean-2020-international-partnerships'})
SET p.name = 'Fostering international partnerships', p.kind = 'priority', p.ordinal = 4, p.sources = ['source:ascn-meeting-2020-news-report'], p.citations = ['source:ascn-meeting-2020-news-report#L9'];
MERGE (p:FrameworkArea {id: 'area:asean-2020-institutional-capacity'})
SET p.name = 'Strengthening ASEAN institutional capacity', p.kind = 'priority', p.ordinal = 5, p.sources = ['source:ascn-meeting-2020-news-report'], p.citations = ['source:ascn-meeting-2020-news-report#L9'];
MATCH (a:FrameworkArea {id: 'area:asean-2020-peaceful-environment'}), (b:Chairmanship {id: 'chair:asean-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'];
MATCH (a:FrameworkArea {id: 'area:asean-2020-connecting-prosperity'}), (b:Chairmanship {id: 'chair:asean-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'];
MATCH (a:FrameworkArea {id: 'area:asean-2020-community-and-identity'}), (b:Chairmanship {id: 'chair:asean-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'];
MATCH (a:FrameworkArea {id: 'area:asean-2020-international-partnerships'}), (b:Chairmanship {id: 'chair:asean-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'];
MATCH (a:FrameworkArea {id: 'area:asean-2020-institutional-capacity'}), (b:Chairmanship {id: 'chair:asean-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L9'];

// ASCN

MERGE (c:Chairmanship {id: 'chair:ascn-2018'})
SET c.name = 'ASCN Chairmanship 2018',
    c.body = 'ASCN',
    c.year = 2018,
    c.mentionedAs = ['inaugurated by Singapore', 'ASEAN Chairmanship'],
    c.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-meeting-2019-press-statement#L1:400-617', 'source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402', 'source:general-knowledge'],
    c.note = 'No document calls Singapore the ASCN chair of 2018. source:ascn-meeting-2019-press-statement says the ASCN meeting was inaugurated by Singapore in 2018, and the article says the ASCN was a key deliverable of Singapore’s 2018 ASEAN Chairmanship.';
MATCH (a:Chairmanship {id: 'chair:ascn-2018'}), (b:MemberState {id: 'state:sg'}) MERGE (a)-[r:HELD_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'], r.citations = ['source:ascn-meeting-2019-press-statement#L1:400-617', 'source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402', 'source:general-knowledge'],
    r.note = 'Inferred from Singapore inaugurating the ASCN meeting in 2018 and holding the ASEAN Chairmanship that year; the ASCN chair follows the ASEAN chair (general knowledge).';
MATCH (a:Chairmanship {id: 'chair:ascn-2018'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:CHAIR_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:general-knowledge'], r.citations = ['source:ascn-meeting-2019-press-statement#L1:400-617', 'source:general-knowledge'];

MERGE (c:Chairmanship {id: 'chair:ascn-2019'})
SET c.name = 'ASCN Chairmanship 2019',
    c.body = 'ASCN',
    c.year = 2019,
    c.mentionedAs = ['Thailand hosted'],
    c.sources = ['source:ascn-meeting-2019-press-statement', 'source:general-knowledge'],
    c.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265', 'source:general-knowledge'],
    c.note = 'No document says Thailand chaired the ASCN in 2019: source:ascn-meeting-2019-press-statement says Thailand hosted the 2019 annual meeting and looks forward to Vietnam’s ASCN Chairmanship in 2020. Thailand as the 2019 chair rests on that hosting and on the ASCN chair following the ASEAN chair (general knowledge).';
MATCH (a:Chairmanship {id: 'chair:ascn-2019'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:HELD_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:general-knowledge'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265', 'source:general-knowledge'],
    r.note = 'Inferred from hosting the 2019 annual meeting; see the chairmanship note.';
MATCH (a:Chairmanship {id: 'chair:ascn-2019'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:CHAIR_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:general-knowledge'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265', 'source:general-knowledge'];

MERGE (c:Chairmanship {id: 'chair:ascn-2020'})
SET c.name = 'ASCN Chairmanship 2020',
    c.aliases = ['ASCN 2020'],
    c.body = 'ASCN',
    c.year = 2020,
    c.theme = 'Smart Cities - Towards the community, identity and sustainable development for a cohesive, proactive and adaptive ASEAN',
    c.mentionedAs = ['Chairmanship of the ASCN', 'Chairman of ASCN'],
    c.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-meeting-2020-news-report'],
    c.citations = ['source:ascn-meeting-2019-press-statement#L10', 'source:ascn-meeting-2020-news-report#L8:0-87'],
    c.note = 'source:ascn-meeting-2019-press-statement looks forward to Vietnam’s ASCN Chairmanship in 2020; source:ascn-meeting-2020-news-report calls Vietnam the rotating Chairman of ASCN 2020 and gives the theme Vietnam set for the ASCN’s activities in 2020 and the five goals they pursue.';
MATCH (a:Chairmanship {id: 'chair:ascn-2020'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:HELD_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2019-press-statement#L10', 'source:ascn-meeting-2020-news-report#L8:0-87'];
MATCH (a:Chairmanship {id: 'chair:ascn-2020'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:CHAIR_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2019-press-statement#L10', 'source:ascn-meeting-2020-news-report#L8:0-87'];

// The five goals of the ASCN activities in 2020, in the order of 004.
MERGE (g:FrameworkArea {id: 'area:ascn-2020-diversity-in-unity'})
SET g.name = 'Promote diversity in unity', g.kind = 'goal', g.ordinal = 1, g.sources = ['source:ascn-meeting-2020-news-report'], g.citations = ['source:ascn-meeting-2020-news-report#L6:204-482'];
MERGE (g:FrameworkArea {id: 'area:ascn-2020-member-participation'})
SET g.name = 'Promote active participation and solidary cooperation of members', g.kind = 'goal', g.ordinal = 2, g.sources = ['source:ascn-meeting-2020-news-report'], g.citations = ['source:ascn-meeting-2020-news-report#L6:204-482'];
MERGE (g:FrameworkArea {id: 'area:ascn-2020-external-partner-agendas'})
SET g.name = 'Promote agendas with partners outside the ASCN', g.kind = 'goal', g.ordinal = 3, g.sources = ['source:ascn-meeting-2020-news-report'], g.citations = ['source:ascn-meeting-2020-news-report#L6:204-482'];
MERGE (g:FrameworkArea {id: 'area:ascn-2020-private-sector'})
SET g.name = 'Promote private sector’s participation', g.kind = 'goal', g.ordinal = 4, g.sources = ['source:ascn-meeting-2020-news-report'], g.citations = ['source:ascn-meeting-2020-news-report#L6:204-482'];
MERGE (g:FrameworkArea {id: 'area:ascn-2020-ascn-dialogues'})
SET g.name = 'Maintain and develop ASCN dialogues', g.kind = 'goal', g.ordinal = 5, g.sources = ['source:ascn-meeting-2020-news-report'], g.citations = ['source:ascn-meeting-2020-news-report#L6:204-482'];
MATCH (a:FrameworkArea {id: 'area:ascn-2020-diversity-in-unity'}), (b:Chairmanship {id: 'chair:ascn-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L6:204-482', 'source:ascn-meeting-2020-news-report#L8:0-87'];
MATCH (a:FrameworkArea {id: 'area:ascn-2020-member-participation'}), (b:Chairmanship {id: 'chair:ascn-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L6:204-482', 'source:ascn-meeting-2020-news-report#L8:0-87'];
MATCH (a:FrameworkArea {id: 'area:ascn-2020-external-partner-agendas'}), (b:Chairmanship {id: 'chair:ascn-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L6:204-482', 'source:ascn-meeting-2020-news-report#L8:0-87'];
MATCH (a:FrameworkArea {id: 'area:ascn-2020-private-sector'}), (b:Chairmanship {id: 'chair:ascn-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L6:204-482', 'source:ascn-meeting-2020-news-report#L8:0-87'];
MATCH (a:FrameworkArea {id: 'area:ascn-2020-ascn-dialogues'}), (b:Chairmanship {id: 'chair:ascn-2020'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L6:204-482', 'source:ascn-meeting-2020-news-report#L8:0-87'];
