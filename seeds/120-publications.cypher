// What the documents are about, and the publications they cite. The references of 001 are
// the only reference list among the documents; 003 names the 2022 M&E report, and 001 the
// ASCN Concept Note (both are Framework nodes in 090-frameworks.cypher). Titles of cited
// publications are their names; what each is about comes from where the article cites it.

// The documents' own subjects
MATCH (a:Source {id: 'source:ascn-meeting-2019-press-statement'}), (b:Meeting {id: 'meeting:ascn-annual-2019'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L3', 'source:ascn-meeting-2019-press-statement#L4'];
MATCH (a:Source {id: 'source:ascn-meeting-2020-news-report'}), (b:Meeting {id: 'meeting:ascn-annual-2020'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-meeting-2020-news-report'], r.citations = ['source:ascn-meeting-2020-news-report#L1:0-196'];
MATCH (a:Source {id: 'source:ascn-article-mirror'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L3'];
MATCH (a:Source {id: 'source:ascn-article-csco-table'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-article-csco-table'], r.citations = ['source:ascn-article-csco-table#L1'];
MATCH (a:Source {id: 'source:asean-profile-page'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L1'];

// The references of 001
MATCH (a:Source {id: 'source:ascn-article-mirror'}), (b:Framework {id: 'framework:ascn-concept-note'}) MERGE (a)-[r:CITES]->(b)
SET r.reference = 1, r.retrieved = '2018-04-30', r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L37'],
    r.note = 'Reference 3 cites "Concept Note on ASEAN Smart Cities Network, 2018" (PDF), without a date; it is taken to be the same concept note (see the framework’s note).';

MERGE (p:Publication {id: 'pub:asean-32-chairmans-statement'})
SET p.name = '32nd ASEAN Summit - Chairmans Statement',
    p.aliases = ['Chairman’s Statement of the 32nd ASEAN Summit'],
    p.kind = 'chairman’s statement',
    p.publisher = 'ASEAN Singapore 2018',
    p.sources = ['source:ascn-article-mirror'],
    p.citations = ['source:ascn-article-mirror#L38'],
    p.note = 'Reference 2 of source:ascn-article-mirror, for the launch of the ASCN at the 32nd ASEAN Summit as a deliverable of Singapore’s chairmanship. The reference spells it "Chairmans" without an apostrophe; it gives the site as ASEAN Singapore 2018, an archived copy of 2019-03-06, and retrieval on 2018-07-17, but no publication date.';
MATCH (a:Source {id: 'source:ascn-article-mirror'}), (b:Publication {id: 'pub:asean-32-chairmans-statement'}) MERGE (a)-[r:CITES]->(b)
SET r.reference = 2, r.retrieved = '2018-07-17', r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L37', 'source:ascn-article-mirror#L38'];
MATCH (a:Publication {id: 'pub:asean-32-chairmans-statement'}), (b:Summit {id: 'summit:asean-32'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L38'];

MERGE (p:Publication {id: 'pub:straits-times-2018-03-18-smart-cities-fund'})
SET p.name = 'Turnbull unveils $30m fund for Asean smart cities',
    p.kind = 'news article',
    p.publisher = 'The Straits Times',
    p.date = '2018-03-18',
    p.sources = ['source:ascn-article-mirror'],
    p.citations = ['source:ascn-article-mirror#L40'],
    p.note = 'Reference 4 of source:ascn-article-mirror, for Australia’s A$30 million fund; retrieved 2018-08-06. The headline writes "$30m" where the article writes "A$30 million".';
MATCH (a:Source {id: 'source:ascn-article-mirror'}), (b:Publication {id: 'pub:straits-times-2018-03-18-smart-cities-fund'}) MERGE (a)-[r:CITES]->(b)
SET r.reference = 4, r.retrieved = '2018-08-06', r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L39', 'source:ascn-article-mirror#L40'];
MATCH (a:Publication {id: 'pub:straits-times-2018-03-18-smart-cities-fund'}), (b:Organization {id: 'org:the-straits-times'}) MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L40'];
MATCH (a:Publication {id: 'pub:straits-times-2018-03-18-smart-cities-fund'}), (b:Agreement {id: 'agreement:australia-smart-cities-fund-2018'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L31', 'source:ascn-article-mirror#L40'];

MERGE (p:Publication {id: 'pub:todayonline-five-agreements'})
SET p.name = 'Five agreements inked to take Asean\'s smart cities plan forward',
    p.kind = 'news article',
    p.publisher = 'TODAYonline',
    p.sources = ['source:ascn-article-mirror'],
    p.citations = ['source:ascn-article-mirror#L41'],
    p.note = 'Reference 5 of source:ascn-article-mirror, for the five agreements of the Inaugural ASCN Meeting and the Amata–Yokohama agreement; retrieved 2018-08-02, publication date not given.';
MATCH (a:Source {id: 'source:ascn-article-mirror'}), (b:Publication {id: 'pub:todayonline-five-agreements'}) MERGE (a)-[r:CITES]->(b)
SET r.reference = 5, r.retrieved = '2018-08-02', r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L39', 'source:ascn-article-mirror#L41'];
MATCH (a:Publication {id: 'pub:todayonline-five-agreements'}), (b:Organization {id: 'org:todayonline'}) MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L41'];
MATCH (a:Publication {id: 'pub:todayonline-five-agreements'}), (b:Meeting {id: 'meeting:ascn-inaugural-2018'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L33:0-103', 'source:ascn-article-mirror#L41'];
MATCH (a:Publication {id: 'pub:todayonline-five-agreements'}), (b:Agreement {id: 'agreement:amata-yusa-2018'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-mirror#L41'];

MERGE (p:Publication {id: 'pub:jetro-undp-mou-sdgs'})
SET p.name = 'Exchange of MOU with UNDP regarding SDGs',
    p.kind = 'web page',
    p.publisher = 'www.jetro.go.jp',
    p.sources = ['source:ascn-article-mirror'],
    p.citations = ['source:ascn-article-mirror#L42'],
    p.note = 'Reference 6 of source:ascn-article-mirror, a page of JETRO Topics on JETRO’s site, for the UNDP–JETRO memorandum; retrieved 2018-08-02, publication date not given.';
MATCH (a:Source {id: 'source:ascn-article-mirror'}), (b:Publication {id: 'pub:jetro-undp-mou-sdgs'}) MERGE (a)-[r:CITES]->(b)
SET r.reference = 6, r.retrieved = '2018-08-02', r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L39', 'source:ascn-article-mirror#L42'];
MATCH (a:Publication {id: 'pub:jetro-undp-mou-sdgs'}), (b:Organization {id: 'org:jetro'}) MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L42'];
MATCH (a:Publication {id: 'pub:jetro-undp-mou-sdgs'}), (b:Agreement {id: 'agreement:undp-jetro-mou-2018'}) MERGE (a)-[r:REPORTS_ON]->(b)
SET r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L33:104-348', 'source:ascn-article-mirror#L42'];

// 003 names the 2022 Monitoring & Evaluation Report as the evidence of its figures
MATCH (a:Source {id: 'source:asean-profile-page'}), (b:Framework {id: 'framework:ascn-me-report-2022'}) MERGE (a)-[r:CITES]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:309-441', 'source:asean-profile-page#L3'];
