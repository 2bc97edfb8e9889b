// Summits and meetings: where and when they met, who hosted, chaired, organised or took
// part, and the network or series they belong to. Dates are as precise as the documents.

// Summits

MERGE (s:Summit {id: 'summit:asean-32'})
SET s.name = '32nd ASEAN Summit',
    s.series = 'ASEAN Summit',
    s.ordinal = 32,
    s.date = '2018-04',
    s.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    s.citations = ['source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402'],
    s.note = 'source:ascn-meeting-2019-press-statement dates it April 2018; the article names it without a date, and source:ascn-article-mirror cites its Chairman’s Statement. Its venue, Singapore, is general knowledge.';
MATCH (a:Summit {id: 'summit:asean-32'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402'];
MATCH (a:Summit {id: 'summit:asean-32'}), (b:City {id: 'city:singapore'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];
MATCH (a:Network {id: 'network:ascn'}), (b:Summit {id: 'summit:asean-32'}) MERGE (a)-[r:ESTABLISHED_AT]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-article-mirror#L5:130-559', 'source:ascn-article-csco-table#L4:0-402'],
    r.note = 'source:ascn-meeting-2019-press-statement: established there by the ASEAN Member States; the article: launched there.';

MERGE (s:Summit {id: 'summit:asean-34'})
SET s.name = '34th ASEAN Summit',
    s.series = 'ASEAN Summit',
    s.ordinal = 34,
    s.date = '2019-06',
    s.sources = ['source:ascn-meeting-2019-press-statement'],
    s.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'];
MATCH (a:Summit {id: 'summit:asean-34'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'];
MATCH (a:Summit {id: 'summit:asean-34'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:755-1105'];

MERGE (s:Summit {id: 'summit:asean-35'})
SET s.name = '35th ASEAN Summit',
    s.series = 'ASEAN Summit',
    s.ordinal = 35,
    s.date = '2019-11',
    s.sources = ['source:ascn-meeting-2019-press-statement'],
    s.citations = ['source:ascn-meeting-2019-press-statement#L6:507-652'],
    s.note = 'Known only in advance: source:ascn-meeting-2019-press-statement places it in November "this year" (2019) and says it would be convened in Bangkok "at the end of the year". No document reports the summit itself.';
MATCH (a:Summit {id: 'summit:asean-35'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:507-652'];
MATCH (a:Summit {id: 'summit:asean-35'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.qualifier = 'planned', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:797-928'], r.note = 'The venue announced before the summit.';
MATCH (a:Network {id: 'network:ascn'}), (b:Summit {id: 'summit:asean-35'}) MERGE (a)-[r:REPORTED_TO]->(b)
SET r.qualifier = 'planned', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:507-652'],
    r.note = 'Progress in developing the ASCN was to be reported to this summit; no document reports that it was.';

MERGE (s:Summit {id: 'summit:g20-osaka-2019'})
SET s.name = 'G20 Osaka Summit',
    s.aliases = ['G20 Summit in Osaka'],
    s.series = 'G20 Summit',
    s.date = '2019-06',
    s.sources = ['source:ascn-meeting-2019-press-statement', 'source:general-knowledge'],
    s.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473', 'source:general-knowledge'],
    s.note = 'source:ascn-meeting-2019-press-statement says "the G20 Summit in Osaka in June" without a year; 2019 follows from the statement, which reports an August 2019 meeting that followed on from an initiative proposed there.';
MATCH (a:Summit {id: 'summit:g20-osaka-2019'}), (b:Organization {id: 'org:g20'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473'];
MATCH (a:Summit {id: 'summit:g20-osaka-2019'}), (b:City {id: 'city:osaka'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473'];
MATCH (a:Person {id: 'person:prime-minister-of-thailand-2019'}), (b:Summit {id: 'summit:g20-osaka-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'proposed the initiative to invite G20 countries to the ASCN', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473'];

// ASCN meetings

MERGE (m:Meeting {id: 'meeting:ascn-governance-workshop-2018'})
SET m.name = 'ASCN Governance Workshop',
    m.aliases = ['Inaugural ASCN Governance Workshop'],
    m.kind = 'workshop',
    m.edition = 1,
    m.date = '2018-05',
    m.online = false,
    m.status = 'held',
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L21:0-75'],
    m.note = 'source:asean-profile-page calls it the inaugural ASCN Governance Workshop: members drafted their Smart City Action Plans with expert guidance, discussed the ASEAN Smart Cities Framework and made connections with external partners.';
MATCH (a:Meeting {id: 'meeting:ascn-governance-workshop-2018'}), (b:City {id: 'city:singapore'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:0-75'];
MATCH (a:Meeting {id: 'meeting:ascn-governance-workshop-2018'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:0-75'];

MERGE (m:Meeting {id: 'meeting:ascn-inaugural-2018'})
SET m.name = 'Inaugural Meeting of the ASCN',
    m.aliases = ['Inaugural ASCN Meeting'],
    m.kind = 'inaugural meeting',
    m.edition = 1,
    m.date = '2018-07-08',
    m.online = false,
    m.status = 'held',
    m.mentionedAs = ['Inaugural Meeting', 'inaugurated'],
    m.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement'],
    m.citations = ['source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:403-463', 'source:ascn-meeting-2019-press-statement#L1:400-617'],
    m.note = 'Dated 8 July 2018 by the article (source:ascn-article-mirror, source:ascn-article-csco-table); source:ascn-meeting-2019-press-statement says the ASCN meeting was inaugurated by Singapore in 2018. Five agreements were signed at its opening ceremony: the article names the parties of two (UNDP and JETRO; Amata Smart City Corporation Chonburi and the Yokohama Urban Solutions Alliance) and says nothing of the other three, which are counted in metric:inaugural-meeting-agreements. No document states the venue; Singapore is general knowledge.';
MATCH (a:Meeting {id: 'meeting:ascn-inaugural-2018'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-article-mirror#L5:130-559', 'source:ascn-article-csco-table#L4:403-463', 'source:ascn-meeting-2019-press-statement#L1:400-617'];
MATCH (a:Meeting {id: 'meeting:ascn-inaugural-2018'}), (b:MemberState {id: 'state:sg'}) MERGE (a)-[r:HOSTED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L1:400-617'], r.note = '"The ASCN meeting was inaugurated by Singapore in 2018."';
MATCH (a:Meeting {id: 'meeting:ascn-inaugural-2018'}), (b:City {id: 'city:singapore'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.sources = ['source:general-knowledge'], r.citations = ['source:general-knowledge'];

MERGE (m:Meeting {id: 'meeting:ascn-annual-2019'})
SET m.name = 'ASCN Annual Meeting 2019',
    m.aliases = ['ASEAN Smart Cities Network Annual Meeting 2019'],
    m.kind = 'annual meeting',
    m.date = '2019-08-23',
    m.online = false,
    m.status = 'held',
    m.mentionedAs = ['ASCN Annual Meeting', 'the Meeting', 'this ASCN'],
    m.sources = ['source:ascn-meeting-2019-press-statement'],
    m.citations = ['source:ascn-meeting-2019-press-statement#L4'],
    m.note = 'Brought together the National Representatives and Chief Smart City Officers of the 26 ASCN cities in the ten member states, the ASEAN Secretariat, and representatives of G20 countries, invited on the initiative the Prime Minister of Thailand had proposed at the G20 Osaka Summit. The statement presents it as part of building a people-oriented, people-centred ASEAN Community that leaves no one behind. It adopted the ASCN Terms of Reference, discussed the development of a Monitoring and Evaluation framework and of ways to engage external partners, and discussed how smart solutions can meet the challenges of rapid urbanisation and improve connectivity, including digital connectivity, through the "connecting the connectivities" approach. No document numbers it; source:ascn-meeting-2020-news-report calls the 2020 meeting the 3rd.';
MATCH (a:Meeting {id: 'meeting:ascn-annual-2019'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L4'];
MATCH (a:Meeting {id: 'meeting:ascn-annual-2019'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:Meeting {id: 'meeting:ascn-annual-2019'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:HOSTED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:Organization {id: 'org:asean-secretariat'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'participant', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:Organization {id: 'org:g20'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'invited external partner', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L8:291-473'],
    r.note = 'G20 countries were invited, and G20 representatives took part in the dialogue.';
MATCH (a:MemberState {id: 'state:bn'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:kh'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:id'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:la'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:my'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:mm'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:ph'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:sg'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:th'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];
MATCH (a:MemberState {id: 'state:vn'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'National Representative and Chief Smart City Officers', r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265'];

MERGE (m:Meeting {id: 'meeting:ascn-annual-2020'})
SET m.name = 'ASCN Annual Meeting 2020',
    m.aliases = ['3rd ASCN Annual Meeting'],
    m.kind = 'annual meeting',
    m.edition = 3,
    m.date = '2020-07-17',
    m.online = true,
    m.status = 'held',
    m.mentionedAs = ['ASCN Annual Meeting', 'the Conference', 'the meeting', '3rd ASCN'],
    m.sources = ['source:ascn-meeting-2020-news-report'],
    m.citations = ['source:ascn-meeting-2020-news-report#L1:0-196'],
    m.note = 'source:ascn-meeting-2020-news-report dates it "July 17" without a year; 2020 comes from context (Vietnam as the ASCN chair of 2020, the High-Level Forum planned for the end of 2020, the Covid-19 pandemic). The report calls it "the 3rd ASCN". Held online and chaired from Hanoi by Vietnam’s Minister of Construction, Pham Hong Ha, with representatives of member countries, regional smart cities and partners. It reviewed the Covid-19 situation in member cities and discussed with partners the initiatives they could contribute.';
MATCH (a:Meeting {id: 'meeting:ascn-annual-2020'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:0-196'];
MATCH (a:Meeting {id: 'meeting:ascn-annual-2020'}), (b:City {id: 'city:hanoi'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.qualifier = 'chaired from', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:197-282'], r.note = 'Chaired from Hanoi; the meeting itself was held online.';
MATCH (a:Meeting {id: 'meeting:ascn-annual-2020'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:HOSTED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:197-282'], r.note = 'Vietnam held the ASCN chair in 2020 and its minister chaired the meeting.';
MATCH (a:Meeting {id: 'meeting:ascn-annual-2020'}), (b:Person {id: 'person:pham-hong-ha'}) MERGE (a)-[r:CHAIRED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:197-282'];
MATCH (a:Person {id: 'person:pham-hong-ha'}), (b:Meeting {id: 'meeting:ascn-annual-2020'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'chair; opening speaker', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:197-282'],
    r.note = 'He called the meeting, held amid the Covid-19 pandemic, evidence that ASEAN engages with and adapts to new challenges; described smart city development as a trend of the era that needs large investment and human resources; and stressed the role of the private sector in resources, innovation and technology.';
MATCH (a:Person {id: 'person:lim-jock-hoi'}), (b:Meeting {id: 'meeting:ascn-annual-2020'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'speaker', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L7'],
    r.note = 'He said ASEAN countries had built momentum for smart cities, a chance to strengthen their cities with the support of partners through the pandemic, and that they need to tie digital connectivity to national urbanisation strategies and connect the public and private sectors for post-pandemic smart urban development.';
MATCH (a:Organization {id: 'org:asean'}), (b:Meeting {id: 'meeting:ascn-annual-2020'}) MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r.role = 'representatives of member countries', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:0-196'],
    r.note = 'source:ascn-meeting-2020-news-report says representatives of member countries, regional smart cities and their partners took part, without naming which member countries; their participation is recorded here for ASEAN as a whole rather than for each member state.';

MERGE (m:Meeting {id: 'meeting:ascn-high-level-forum-2020'})
SET m.name = 'ASCN High-Level Forum 2020',
    m.aliases = ['ASCN High-Level Forum'],
    m.kind = 'high-level forum',
    m.date = '2020',
    m.status = 'planned',
    m.sources = ['source:ascn-meeting-2020-news-report'],
    m.citations = ['source:ascn-meeting-2020-news-report#L8:88-396'],
    m.note = 'Announced by source:ascn-meeting-2020-news-report: Vietnam would hold it at the end of 2020 if the Covid-19 pandemic was under control, for a deeper exchange of experience and good practice among nations and member cities and to promote external partnerships. No document says whether it took place or whether it would be online.';
MATCH (a:Meeting {id: 'meeting:ascn-high-level-forum-2020'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L8:88-396'];
MATCH (a:Meeting {id: 'meeting:ascn-high-level-forum-2020'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:HOSTED_BY]->(b)
SET r.qualifier = 'planned', r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L8:88-396'], r.note = 'Planned host, on condition that the Covid-19 pandemic was under control.';

// ASEAN Mayors Forum editions (003)

MERGE (m:Meeting {id: 'meeting:amf-5-2019'})
SET m.name = '5th ASEAN Mayors Forum',
    m.aliases = ['5th AMF'],
    m.kind = 'forum',
    m.edition = 5,
    m.date = '2019-08',
    m.online = false,
    m.theme = 'Driving Local Actions for Sustainable and Inclusive Growth',
    m.status = 'held',
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L13:315-626'];
MATCH (a:Meeting {id: 'meeting:amf-5-2019'}), (b:Organization {id: 'org:asean-mayors-forum'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13:315-626'];
MATCH (a:Meeting {id: 'meeting:amf-5-2019'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:HELD_IN]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13:315-626'];
MATCH (a:Meeting {id: 'meeting:amf-5-2019'}), (b:Organization {id: 'org:uclg-aspac'}) MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = 'co-organiser', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13'];
MATCH (a:Meeting {id: 'meeting:amf-5-2019'}), (b:Organization {id: 'org:asean-secretariat'}) MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = 'co-organiser', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13'];
MATCH (a:Meeting {id: 'meeting:amf-5-2019'}), (b:Organization {id: 'org:escap'}) MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = 'co-organiser', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13:315-626'], r.note = 'Co-organised in Bangkok with ESCAP.';

MERGE (m:Meeting {id: 'meeting:amf-2021'})
SET m.name = '2021 ASEAN Mayors Forum',
    m.aliases = ['2021 AMF'],
    m.kind = 'forum',
    m.date = '2021-06',
    m.online = true,
    m.theme = 'Enabling Environment on Climate Resilience: Local Governments and Cities Commitment to Tackle Climate Change',
    m.status = 'held',
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L13:315-626'],
    m.note = 'Held virtually. source:asean-profile-page does not number this edition.';
MATCH (a:Meeting {id: 'meeting:amf-2021'}), (b:Organization {id: 'org:asean-mayors-forum'}) MERGE (a)-[r:MEETING_OF]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13:315-626'];
MATCH (a:Meeting {id: 'meeting:amf-2021'}), (b:Organization {id: 'org:uclg-aspac'}) MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = 'co-organiser', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13'],
    r.note = 'The page says the annual forum is co-organised by UCLG ASPAC and the ASEAN Secretariat; it names no separate organisers for this edition.';
MATCH (a:Meeting {id: 'meeting:amf-2021'}), (b:Organization {id: 'org:asean-secretariat'}) MERGE (a)-[r:ORGANIZED_BY]->(b)
SET r.role = 'co-organiser', r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L13'],
    r.note = 'The page says the annual forum is co-organised by UCLG ASPAC and the ASEAN Secretariat; it names no separate organisers for this edition.';
