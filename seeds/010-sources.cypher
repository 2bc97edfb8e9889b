// Sources: one node per document in shared/sources, plus one for general knowledge.
// Every node and relationship in the graph lists the ids of these nodes in `sources`.
// A Source node cites itself.

MERGE (s:Source {id: 'source:ascn-meeting-2019-press-statement'})
SET s.name = 'Thailand’s Press Statement on the ASCN Annual Meeting 2019',
    s.title = 'Thailand’s Press Statement on The ASEAN Smart Cities Network Annual Meeting 2019',
    s.kind = 'press statement',
    s.publisher = 'Thailand',
    s.file = '000_bf04bba220c747ac.txt',
    s.mentionedAs = ['Thailand’s Press Statement'],
    s.sources = ['source:ascn-meeting-2019-press-statement'],
    s.citations = ['source:ascn-meeting-2019-press-statement#L3'],
    s.note = 'Headed "Thailand’s Press Statement"; no issuing ministry and no date are shown. It reports the meeting of 23 August 2019 and speaks of the 35th ASEAN Summit "in November this year", so it was written in 2019, after the meeting. A background paragraph on the ASCN stands before the heading.';

MERGE (s:Source {id: 'source:ascn-article-mirror'})
SET s.name = 'ASEAN Smart Cities Network (encyclopedia-style article, mirror copy)',
    s.title = 'ASEAN Smart Cities Network',
    s.kind = 'encyclopedia article',
    s.publisher = 'stringtranslate.com',
    s.file = '001_1ee41297dd968b8f.txt',
    s.sources = ['source:ascn-article-mirror'],
    s.citations = ['source:ascn-article-mirror#L3'],
    s.note = 'A copy of an encyclopedia-style article on a mirror site, which is the only publisher shown; the original publisher and the date are not shown. It runs the 26 pilot city names together on one line and has no officer table. Its references cite the ASCN Concept Note (27 April 2018), the 32nd ASEAN Summit Chairman’s Statement, The Straits Times (18 March 2018), TODAYonline and JETRO. It is a version of the same article as source:ascn-article-csco-table: where both state a fact both are cited, but they are one account, not two independent ones.';

MERGE (s:Source {id: 'source:ascn-article-csco-table'})
SET s.name = 'ASEAN Smart Cities Network (encyclopedia-style article with the CSCO table)',
    s.title = 'ASEAN Smart Cities Network',
    s.kind = 'encyclopedia article',
    s.file = '002_6ba6b171579c801e.txt',
    s.sources = ['source:ascn-article-csco-table'],
    s.citations = ['source:ascn-article-csco-table#L1'],
    s.note = 'Another version of the article in source:ascn-article-mirror, without publisher, date or references, but with the table of Chief Smart City Officers (city, officer, designation). Where a city lists two officers, the table prints both names and then both designations; they are paired here by line order.';

MERGE (s:Source {id: 'source:asean-profile-page'})
SET s.name = 'ASEAN - Association of Southeast Asian Nations (profile page)',
    s.title = 'ASEAN - Association of Southeast Asian Nations',
    s.kind = 'profile page',
    s.file = '003_ee0822202b1c338f.txt',
    s.sources = ['source:asean-profile-page'],
    s.citations = ['source:asean-profile-page#L1'],
    s.note = 'A profile of ASEAN as a partner organisation; the page names neither its publisher nor a date. It cites the 2022 Monitoring & Evaluation Report, so it was written in 2022 or later, and its present-tense figures ("over 661.8 million", "to date, 33 partnerships") refer to that undated present.';

MERGE (s:Source {id: 'source:ascn-meeting-2020-news-report'})
SET s.name = 'News report on the ASCN Annual Meeting held online on 17 July 2020',
    s.kind = 'news report',
    s.file = '004_fdecd2e313fd3794.txt',
    s.mentionedAs = ['ASCN Annual Meeting'],
    s.sources = ['source:ascn-meeting-2020-news-report'],
    s.citations = ['source:ascn-meeting-2020-news-report#L1:0-196'],
    s.note = 'Carries no title, publisher or date. It dates the meeting "July 17" without a year; 2020 follows from its content: Vietnam as the rotating ASCN chair of 2020, a High-Level Forum planned for the end of 2020, action plans for 2020 and the Covid-19 pandemic.';

MERGE (s:Source {id: 'source:general-knowledge'})
SET s.name = 'General knowledge',
    s.kind = 'general knowledge',
    s.sources = ['source:general-knowledge'],
    s.citations = ['source:general-knowledge'],
    s.note = 'Not a document. Marks facts the five documents do not state but that are common knowledge: the member state each city lies in, ISO 3166 codes and official state names, expansions of acronyms, the country that chaired ASEAN in a given year. Cited alone when no document supports a fact, and next to a document when it completes one.';
