// Partner agreements and support (001, 002). Of the five agreements signed at the opening
// ceremony of the Inaugural ASCN Meeting, the documents name the parties of two; the
// count of five is metric:inaugural-meeting-agreements in 110-metrics.cypher. The 33
// partnerships of 003 are a metric as well: the documents name none of them.

MERGE (g:Agreement {id: 'agreement:australia-smart-cities-fund-2018'})
SET g.name = 'Australian fund for smart city development in ASEAN',
    g.aliases = ['A$30 million fund'],
    g.kind = 'funding pledge',
    g.date = '2018-03',
    g.amount = 30000000.0,
    g.currency = 'AUD',
    g.purpose = 'To support smart city development in ASEAN.',
    g.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    g.citations = ['source:ascn-article-mirror#L31', 'source:ascn-article-csco-table#L56'],
    g.note = 'Announced by Australia in March 2018 (both versions of the article). source:ascn-article-mirror cites a Straits Times report of 18 March 2018 headed "Turnbull unveils $30m fund for Asean smart cities"; the article text itself names only Australia.';
MATCH (a:Country {id: 'country:au'}), (b:Agreement {id: 'agreement:australia-smart-cities-fund-2018'}) MERGE (a)-[r:PARTY_TO]->(b)
SET r.role = 'funder', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L31', 'source:ascn-article-csco-table#L56'];
MATCH (a:Agreement {id: 'agreement:australia-smart-cities-fund-2018'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:SUPPORTS]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L31', 'source:ascn-article-mirror#L33:0-103', 'source:ascn-article-csco-table#L56', 'source:ascn-article-csco-table#L57:0-100'],
    r.note = 'Listed under the support and partnerships of the ASCN; the article describes the fund as supporting smart city development in ASEAN.';

MERGE (g:Agreement {id: 'agreement:undp-jetro-mou-2018'})
SET g.name = 'UNDP–JETRO memorandum of understanding',
    g.aliases = ['MOU between JETRO and UNDP', 'UNDP-JETRO MOU', 'JETRO-UNDP MOU'],
    g.kind = 'MOU',
    g.date = '2018-07',
    g.purpose = 'Expresses support for the ASCN in the context of promoting sustainable development in the Asia Pacific.',
    g.mentionedAs = ['United Nations Development Program (UNDP) and the Japan External Trade Organization', 'United Nations Development Program and the Japan External Trade Organisation'],
    g.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    g.citations = ['source:ascn-article-mirror#L29', 'source:ascn-article-csco-table#L57:101-327'],
    g.note = 'One of the five agreements signed at the opening ceremony of the Inaugural ASCN Meeting (8 July 2018); the article gives the month, July 2018. Both versions call it an agreement; source:ascn-article-mirror heads the section "MOU between JETRO and UNDP" and cites the JETRO page "Exchange of MOU with UNDP regarding SDGs".';
MATCH (a:Organization {id: 'org:undp'}), (b:Agreement {id: 'agreement:undp-jetro-mou-2018'}) MERGE (a)-[r:PARTY_TO]->(b)
SET r.role = 'signatory', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L29', 'source:ascn-article-csco-table#L57:101-327'];
MATCH (a:Organization {id: 'org:jetro'}), (b:Agreement {id: 'agreement:undp-jetro-mou-2018'}) MERGE (a)-[r:PARTY_TO]->(b)
SET r.role = 'signatory', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L29', 'source:ascn-article-csco-table#L57:101-327'];
MATCH (a:Agreement {id: 'agreement:undp-jetro-mou-2018'}), (b:Meeting {id: 'meeting:ascn-inaugural-2018'}) MERGE (a)-[r:SIGNED_AT]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:0-348', 'source:ascn-article-csco-table#L57:0-327'], r.note = 'Signed during the opening ceremony.';
MATCH (a:Agreement {id: 'agreement:undp-jetro-mou-2018'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:SUPPORTS]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:104-348', 'source:ascn-article-csco-table#L57:101-327'];

MERGE (g:Agreement {id: 'agreement:amata-yusa-2018'})
SET g.name = 'Agreement between Amata Smart City Corporation Chonburi and the Yokohama Urban Solutions Alliance',
    g.kind = 'agreement',
    g.date = '2018-07',
    g.mentionedAs = ['Amata Smart City Corporation Chonburi and the Yokohama Urban Solutions Alliance'],
    g.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    g.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449'],
    g.note = 'One of the five agreements signed at the opening ceremony of the Inaugural ASCN Meeting (8 July 2018); the article gives the month, July 2018, and does not say what the agreement covers.';
MATCH (a:Organization {id: 'org:amata-smart-city-chonburi'}), (b:Agreement {id: 'agreement:amata-yusa-2018'}) MERGE (a)-[r:PARTY_TO]->(b)
SET r.role = 'signatory', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449'];
MATCH (a:Organization {id: 'org:yusa'}), (b:Agreement {id: 'agreement:amata-yusa-2018'}) MERGE (a)-[r:PARTY_TO]->(b)
SET r.role = 'signatory', r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:349-473', 'source:ascn-article-csco-table#L57:328-449'];
MATCH (a:Agreement {id: 'agreement:amata-yusa-2018'}), (b:Meeting {id: 'meeting:ascn-inaugural-2018'}) MERGE (a)-[r:SIGNED_AT]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33', 'source:ascn-article-csco-table#L57'], r.note = 'Signed during the opening ceremony.';
MATCH (a:Person {id: 'person:malcolm-turnbull'}), (b:Agreement {id: 'agreement:australia-smart-cities-fund-2018'}) MERGE (a)-[r:PARTY_TO]->(b)
SET r.role = 'announced', r.sources = ['source:ascn-article-mirror'], r.citations = ['source:ascn-article-mirror#L31', 'source:ascn-article-mirror#L40'],
    r.note = 'From the headline of The Straits Times report cited as reference 4 of source:ascn-article-mirror; the article text itself says Australia announced the fund.';
