// ASEAN, its ten member states, and the two other countries the documents involve.
// Which ten states are ASEAN's, their official names and their ISO 3166-1 codes are
// general knowledge; the documents give only the count (000, 003) and name a few.

MERGE (o:Organization {id: 'org:asean'})
SET o.name = 'Association of Southeast Asian Nations',
    o.aliases = ['ASEAN'],
    o.kind = 'intergovernmental organisation',
    o.founded = '1967',
    o.mentionedAs = ['member countries'],
    o.sources = ['source:asean-profile-page', 'source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:ascn-meeting-2020-news-report'],
    o.citations = ['source:asean-profile-page#L1', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-article-mirror#L3', 'source:ascn-article-csco-table#L1', 'source:ascn-meeting-2020-news-report#L1:0-196'],
    o.note = 'Year of establishment (1967) and the ten member states from source:asean-profile-page; source:ascn-meeting-2019-press-statement also speaks of the ten ASEAN Member States (AMS).';

// The ten member states. `name` is the common English name, `officialName` the full one,
// `aliases` the spellings ASEAN itself and the documents use.

MERGE (s:MemberState {id: 'state:bn'})
SET s.name = 'Brunei', s.officialName = 'Brunei Darussalam', s.aliases = ['Brunei Darussalam'],
    s.isoAlpha2 = 'BN', s.isoAlpha3 = 'BRN', s.mentionedAs = ['Member States'], s.sources = ['source:general-knowledge'], s.citations = ['source:general-knowledge'];

MERGE (s:MemberState {id: 'state:kh'})
SET s.name = 'Cambodia', s.officialName = 'Kingdom of Cambodia', s.aliases = ['Kingdom of Cambodia'],
    s.isoAlpha2 = 'KH', s.isoAlpha3 = 'KHM', s.mentionedAs = ['Member States'], s.sources = ['source:general-knowledge'], s.citations = ['source:general-knowledge'];

MERGE (s:MemberState {id: 'state:id'})
SET s.name = 'Indonesia', s.officialName = 'Republic of Indonesia', s.aliases = ['Republic of Indonesia'],
    s.isoAlpha2 = 'ID', s.isoAlpha3 = 'IDN', s.mentionedAs = ['Member States'], s.sources = ['source:general-knowledge'], s.citations = ['source:general-knowledge'];

MERGE (s:MemberState {id: 'state:la'})
SET s.name = 'Laos', s.officialName = 'Lao People\'s Democratic Republic', s.aliases = ['Lao PDR', 'Lao People\'s Democratic Republic'],
    s.isoAlpha2 = 'LA', s.isoAlpha3 = 'LAO', s.mentionedAs = ['Member States'], s.sources = ['source:general-knowledge'], s.citations = ['source:general-knowledge'];

MERGE (s:MemberState {id: 'state:my'})
SET s.name = 'Malaysia', s.officialName = 'Malaysia',
    s.isoAlpha2 = 'MY', s.isoAlpha3 = 'MYS', s.mentionedAs = ['Member States'], s.sources = ['source:general-knowledge'], s.citations = ['source:general-knowledge'];

MERGE (s:MemberState {id: 'state:mm'})
SET s.name = 'Myanmar', s.officialName = 'Republic of the Union of Myanmar', s.aliases = ['Republic of the Union of Myanmar', 'Burma'],
    s.isoAlpha2 = 'MM', s.isoAlpha3 = 'MMR', s.mentionedAs = ['Member States'], s.sources = ['source:general-knowledge'], s.citations = ['source:general-knowledge'];

MERGE (s:MemberState {id: 'state:ph'})
SET s.name = 'Philippines', s.officialName = 'Republic of the Philippines', s.aliases = ['Republic of the Philippines', 'The Philippines'],
    s.isoAlpha2 = 'PH', s.isoAlpha3 = 'PHL', s.mentionedAs = ['Member States'], s.sources = ['source:general-knowledge'], s.citations = ['source:general-knowledge'];

MERGE (s:MemberState {id: 'state:sg'})
SET s.name = 'Singapore', s.officialName = 'Republic of Singapore', s.aliases = ['Republic of Singapore'],
    s.isoAlpha2 = 'SG', s.isoAlpha3 = 'SGP',
    s.mentionedAs = ['Member States'],
    s.sources = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement', 'source:ascn-article-mirror', 'source:ascn-article-csco-table'],
    s.citations = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-article-mirror#L5:387-559', 'source:ascn-article-csco-table#L4:301-402'];

MERGE (s:MemberState {id: 'state:th'})
SET s.name = 'Thailand', s.officialName = 'Kingdom of Thailand', s.aliases = ['Kingdom of Thailand'],
    s.isoAlpha2 = 'TH', s.isoAlpha3 = 'THA',
    s.mentionedAs = ['Member States'],
    s.sources = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement'],
    s.citations = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement#L1:0-257'];

MERGE (s:MemberState {id: 'state:vn'})
SET s.name = 'Vietnam', s.officialName = 'Socialist Republic of Viet Nam', s.aliases = ['Viet Nam', 'Socialist Republic of Viet Nam'],
    s.isoAlpha2 = 'VN', s.isoAlpha3 = 'VNM',
    s.mentionedAs = ['Member States', 'Vietnamese'],
    s.sources = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement', 'source:ascn-meeting-2020-news-report'],
    s.citations = ['source:general-knowledge', 'source:ascn-meeting-2019-press-statement#L1:0-257', 'source:ascn-meeting-2020-news-report#L1:197-282'],
    s.note = 'The documents write "Vietnam"; ASEAN’s own usage is "Viet Nam".';

// Membership of ASEAN: the count is in the documents, the list is general knowledge.
MATCH (a:MemberState {id: 'state:bn'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:kh'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:id'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:la'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:my'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:mm'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:ph'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:sg'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:th'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];
MATCH (a:MemberState {id: 'state:vn'}), (b:Organization {id: 'org:asean'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:general-knowledge', 'source:asean-profile-page'], r.citations = ['source:general-knowledge', 'source:asean-profile-page#L5'];

// Countries outside ASEAN: Australia pledged a fund (001, 002); Japan hosts Osaka,
// where the G20 met (000 names the city, not the country).
MERGE (c:Country {id: 'country:au'})
SET c.name = 'Australia', c.isoAlpha2 = 'AU', c.isoAlpha3 = 'AUS',
    c.sources = ['source:ascn-article-mirror', 'source:ascn-article-csco-table', 'source:general-knowledge'],
    c.citations = ['source:ascn-article-mirror#L31', 'source:ascn-article-csco-table#L56', 'source:general-knowledge'];

MERGE (c:Country {id: 'country:jp'})
SET c.name = 'Japan', c.isoAlpha2 = 'JP', c.isoAlpha3 = 'JPN',
    c.sources = ['source:general-knowledge'],
    c.citations = ['source:general-knowledge'],
    c.note = 'No document names Japan as a country; it is here as the country of Osaka, where the G20 Summit of June 2019 met.';

// The press statement of 2019 is Thailand’s own.
MATCH (a:Source {id: 'source:ascn-meeting-2019-press-statement'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r.sources = ['source:ascn-meeting-2019-press-statement'], r.citations = ['source:ascn-meeting-2019-press-statement#L3'], r.note = 'The document is headed "Thailand’s Press Statement"; the issuing agency is not named.';
