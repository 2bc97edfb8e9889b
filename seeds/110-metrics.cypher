// Figures the documents state, each with what it measures and, where known, the year it
// refers to and the report it comes from. `value` is the full number (661.8 million is
// 661800000); `qualifier` keeps the wording that softens it ("over", "forecast").

// ASEAN and the region

MERGE (m:Metric {id: 'metric:asean-population'})
SET m.name = 'Population of ASEAN',
    m.value = 661800000.0,
    m.unit = 'people',
    m.qualifier = 'over',
    m.mentionedAs = ['661.8 million'],
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L9:0-240'],
    m.note = 'source:asean-profile-page: a population of "over 661.8 million people". The page is undated (2022 or later) and gives no reference year.';
MATCH (a:Metric {id: 'metric:asean-population'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:0-240'];

MERGE (m:Metric {id: 'metric:asean-member-states'})
SET m.name = 'ASEAN member states',
    m.value = 10.0,
    m.unit = 'member states',
    m.sources = ['source:asean-profile-page', 'source:ascn-meeting-2019-press-statement'],
    m.citations = ['source:asean-profile-page#L13:185-314', 'source:ascn-meeting-2019-press-statement#L1:0-257'];
MATCH (a:Metric {id: 'metric:asean-member-states'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:asean-profile-page', 'source:ascn-meeting-2019-press-statement'], r.citations = ['source:asean-profile-page#L13:185-314', 'source:ascn-meeting-2019-press-statement#L1:0-257'];

MERGE (m:Metric {id: 'metric:urbanisation-by-2030'})
SET m.name = 'Additional urban residents in the region by 2030',
    m.value = 90000000.0,
    m.unit = 'people',
    m.year = '2030',
    m.qualifier = 'forecast',
    m.mentionedAs = ['90 million'],
    m.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    m.citations = ['source:ascn-article-mirror#L11:0-164', 'source:ascn-article-csco-table#L8:80-308'],
    m.note = 'The two versions of the article word it differently: an estimated 90 million people are expected to enter the metropolitan areas of the region by 2030 (source:ascn-article-mirror); 90 million more people are expected to urbanise by 2030 (source:ascn-article-csco-table).';
MATCH (a:Metric {id: 'metric:urbanisation-by-2030'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L11', 'source:ascn-article-csco-table#L8:80-308'],
    r.note = 'The article speaks of Southeast Asia and of ASEAN; the ASEAN node stands for the region.';

MERGE (m:Metric {id: 'metric:middleweight-cities-growth-share'})
SET m.name = 'Share of regional growth driven by middleweight cities',
    m.value = 40.0,
    m.unit = 'percent',
    m.qualifier = 'forecast',
    m.mentionedAs = ['40%'],
    m.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    m.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:80-308'],
    m.note = 'Middleweight cities have between 200,000 and 2 million residents. The two versions of the article word it differently: they are expected to drive 40% of the urban development growth of the region (source:ascn-article-mirror), or forecast to drive 40% of the growth of the region (source:ascn-article-csco-table). Neither gives a year.';
MATCH (a:Metric {id: 'metric:middleweight-cities-growth-share'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L11:165-448', 'source:ascn-article-csco-table#L8:80-308'],
    r.note = 'The article speaks of the region; the ASEAN node stands for it.';

// The ASCN

MERGE (m:Metric {id: 'metric:ascn-pilot-cities'})
SET m.name = 'ASCN pilot cities',
    m.value = 26.0,
    m.unit = 'cities',
    m.mentionedAs = ['26 ASCN cities', '26 Pilot Cities'],
    m.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    m.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265', 'source:ascn-article-mirror#L15', 'source:ascn-article-csco-table#L12'],
    m.note = 'Pilot cities nominated by their member states (source:ascn-article-mirror, source:ascn-article-csco-table); source:ascn-meeting-2019-press-statement speaks of the 26 ASCN cities in ten member states.';
MATCH (a:Metric {id: 'metric:ascn-pilot-cities'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-meeting-2019-press-statement#L6:0-265', 'source:ascn-article-mirror#L13', 'source:ascn-article-mirror#L15', 'source:ascn-article-csco-table#L10', 'source:ascn-article-csco-table#L12'];

MERGE (m:Metric {id: 'metric:ascn-partnerships'})
SET m.name = 'ASCN partnerships',
    m.value = 33.0,
    m.unit = 'partnerships',
    m.qualifier = 'to date',
    m.mentionedAs = ['33 partnerships'],
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L19:201-254'],
    m.note = 'source:asean-profile-page: "To date, the network has established 33 partnerships". The page is undated (2022 or later) and names none of them.';
MATCH (a:Metric {id: 'metric:ascn-partnerships'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L19:201-254'];

MERGE (m:Metric {id: 'metric:ascn-projects-2021'})
SET m.name = 'ASCN smart city projects, 2021',
    m.value = 65.0,
    m.unit = 'projects',
    m.year = '2021',
    m.mentionedAs = ['65 in 2021'],
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L21:442-543'];
MATCH (a:Metric {id: 'metric:ascn-projects-2021'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:309-543'];
MATCH (a:Metric {id: 'metric:ascn-projects-2021'}), (b:Framework {id: 'framework:ascn-me-report-2022'}) MERGE (a)-[r:REPORTED_IN]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:309-543'];

MERGE (m:Metric {id: 'metric:ascn-projects-2022'})
SET m.name = 'ASCN smart city projects, 2022',
    m.value = 77.0,
    m.unit = 'projects',
    m.year = '2022',
    m.mentionedAs = ['77 projects in 2022'],
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L21:442-543'];
MATCH (a:Metric {id: 'metric:ascn-projects-2022'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:309-543'];
MATCH (a:Metric {id: 'metric:ascn-projects-2022'}), (b:Framework {id: 'framework:ascn-me-report-2022'}) MERGE (a)-[r:REPORTED_IN]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L21:309-543'];

MERGE (m:Metric {id: 'metric:inaugural-meeting-agreements'})
SET m.name = 'Agreements signed at the Inaugural ASCN Meeting',
    m.value = 5.0,
    m.unit = 'agreements',
    m.year = '2018-07',
    m.mentionedAs = ['five agreements'],
    m.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    m.citations = ['source:ascn-article-mirror#L33:0-103', 'source:ascn-article-csco-table#L57:0-100'],
    m.note = 'Five agreements were signed during the opening ceremony. The article names the parties of two (agreement:undp-jetro-mou-2018, agreement:amata-yusa-2018) and says nothing of the other three, so they are not in the graph as agreements.';
MATCH (a:Metric {id: 'metric:inaugural-meeting-agreements'}), (b:Meeting {id: 'meeting:ascn-inaugural-2018'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table'], r.citations = ['source:ascn-article-mirror#L33:0-103', 'source:ascn-article-csco-table#L57:0-100'];

// Frameworks

MERGE (m:Metric {id: 'metric:mpac-2025-initiatives'})
SET m.name = 'MPAC 2025 initiatives',
    m.value = 15.0,
    m.unit = 'initiatives',
    m.mentionedAs = ['15 initiatives'],
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L9:451-630'];
MATCH (a:Metric {id: 'metric:mpac-2025-initiatives'}), (b:Framework {id: 'framework:mpac-2025'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L9:451-630'];

MERGE (m:Metric {id: 'metric:asus-toolkits'})
SET m.name = 'ASUS practical toolkits',
    m.value = 2.0,
    m.unit = 'toolkits',
    m.mentionedAs = ['two practical toolkits'],
    m.sources = ['source:asean-profile-page'],
    m.citations = ['source:asean-profile-page#L11:495-670'];
MATCH (a:Metric {id: 'metric:asus-toolkits'}), (b:Framework {id: 'framework:asus'}) MERGE (a)-[r:MEASURES]->(b)
SET r.sources = ['source:asean-profile-page'], r.citations = ['source:asean-profile-page#L11:495-670'];
