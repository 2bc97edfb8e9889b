import type { SharedNodeProperties } from './shared-properties';
import type { GraphModel, PropertyType } from './types';

/** A property of one type; the type stays a literal so the derived types below can read it. */
const property =
  <T extends PropertyType>(type: T) =>
  (description: string) =>
    ({ type, description }) as const;
const str = property('STRING');
const int = property('INT64');
const num = property('DOUBLE');
const bool = property('BOOLEAN');
const date = (description: string) =>
  str(`${description} ISO-8601 at the precision the source gives (\`2018\`, \`2018-07\`, \`2018-07-08\`).`);
/** A date that marks an event: the timeline lists it, saying what happened. */
const eventDate = (description: string, event: string) => ({ ...date(description), event }) as const;

/**
 * The graph model: labels, their typed properties and the relationship types
 * with their endpoint labels. Kùzu's DDL and `cypher/neo4j/schema.cypher` are
 * derived from it; a property missing here is an error in seeds and queries.
 */
const DECLARED = {
  nodes: {
    Source: {
      idPrefix: 'source',
      description: 'A document facts are taken from, or the general-knowledge source.',
      properties: {
        title: str('Title as the document shows it.'),
        kind: str(
          'What the document is: press statement, encyclopedia article, profile page, news report, general knowledge.',
        ),
        publisher: str('Publisher, where the document shows one.'),
        date: eventDate('Publication or event date the document shows.', 'published'),
        file: str('File name of the stored copy under shared/sources.'),
      },
    },
    Publication: {
      idPrefix: 'pub',
      description:
        'A publication a source document cites or names (a concept note, statement, news article, web page); the graph is not built from it, and it is known only from what the citing document says of it.',
      properties: {
        kind: str('What it is: concept note, chairman’s statement, news article, web page.'),
        publisher: str('Publisher or site, as the citing document gives it.'),
        date: eventDate('Publication date the citing document gives.', 'published'),
      },
    },
    MemberState: {
      idPrefix: 'state',
      description: 'An ASEAN member state.',
      properties: {
        officialName: str('Official long name.'),
        isoAlpha2: str('ISO 3166-1 alpha-2 code.'),
        isoAlpha3: str('ISO 3166-1 alpha-3 code.'),
      },
    },
    Country: {
      idPrefix: 'country',
      description: 'A country outside ASEAN that appears as a partner or host.',
      properties: {
        isoAlpha2: str('ISO 3166-1 alpha-2 code.'),
        isoAlpha3: str('ISO 3166-1 alpha-3 code.'),
      },
    },
    City: {
      idPrefix: 'city',
      description: 'A city: an ASCN pilot city, or a city where an event took place.',
      properties: {
        pilot: bool('True for the 26 ASCN pilot cities.'),
      },
    },
    Officer: {
      idPrefix: 'officer',
      description: 'A person holding a post, such as a Chief Smart City Officer (name is the person).',
      properties: {
        role: str('The post, e.g. Chief Smart City Officer.'),
        designation: str('Designation as listed by the source.'),
        organisation: str('Organisation the post belongs to, where the designation names it.'),
      },
    },
    Person: {
      idPrefix: 'person',
      description: 'A named person other than an officer listed in the CSCO table.',
      properties: {
        title: str('Position or title the source gives.'),
      },
    },
    Role: {
      idPrefix: 'role',
      description: 'A post defined by a network, such as Chief Smart City Officer; the people holding it are Officers.',
      properties: {
        level: str('Level the post represents: city or national.'),
        duties: str('What the holder does, as the sources describe it.'),
        equivalentTo: str('Posts the sources call equal in status.'),
      },
    },
    Organization: {
      idPrefix: 'org',
      description: 'An organisation: intergovernmental body, agency, company, alliance, ministry, forum of states.',
      properties: {
        kind: str(
          'intergovernmental organisation, secretariat, UN agency, UN regional commission, government agency, company, alliance, ministry, network of local governments, forum, event series.',
        ),
        founded: eventDate('Year of establishment.', 'founded'),
      },
    },
    Network: {
      idPrefix: 'network',
      description: 'A network of cities, such as the ASEAN Smart Cities Network (ASCN).',
      properties: {
        established: eventDate('When the network was established.', 'established'),
        purpose: str('What the network is for, as the sources put it.'),
      },
    },
    Summit: {
      idPrefix: 'summit',
      description: 'A summit of heads of state or government (ASEAN Summits, G20 Summits).',
      properties: {
        ordinal: int('Number of the summit in its series (32 for the 32nd ASEAN Summit).'),
        date: eventDate('When it took place.', 'took place'),
        series: str('The series: ASEAN Summit, G20 Summit.'),
      },
    },
    Meeting: {
      idPrefix: 'meeting',
      description: 'A meeting, workshop or forum; held in person, online, or virtually.',
      properties: {
        kind: str('annual meeting, inaugural meeting, workshop, forum, high-level forum.'),
        date: eventDate('When it took place.', 'took place'),
        online: bool('True when held online or virtually.'),
        edition: int('Edition number where the source gives one (5 for the 5th ASEAN Mayors Forum).'),
        theme: str('Theme or title of the meeting.'),
        status: str('held, or planned when the source only announces it.'),
      },
    },
    Chairmanship: {
      idPrefix: 'chair',
      description: 'The chair of a body (ASEAN or the ASCN) for one year, held by a member state.',
      properties: {
        body: str('The chaired body: ASEAN or ASCN.'),
        year: { ...int('Year of the chairmanship.'), event: 'chaired' },
        theme: str('Theme the chair set for its year.'),
      },
    },
    Framework: {
      idPrefix: 'framework',
      description: 'A plan, strategy, framework, terms of reference, outlook, national programme, toolkit or report.',
      properties: {
        kind: str(
          'master plan, strategy, framework, terms of reference, outlook, national programme, toolkit, report, action plan, concept note, charter.',
        ),
        adopted: eventDate('When it was adopted or issued.', 'adopted or issued'),
        periodStart: date('First year it covers.'),
        periodEnd: date('Last year it covers.'),
        description: str('What it contains, as the sources describe it.'),
      },
    },
    FrameworkArea: {
      idPrefix: 'area',
      description:
        'A part of a framework, or a goal or priority a chairmanship set: strategic area, core area, priority group, goal.',
      properties: {
        kind: str('strategic area, core area, priority area, priority group, goal, priority.'),
        ordinal: int('Position in the order the source lists the areas.'),
      },
    },
    Agreement: {
      idPrefix: 'agreement',
      description: 'An agreement, memorandum of understanding, partnership or funding pledge.',
      properties: {
        kind: str('MOU, agreement, funding pledge, partnership.'),
        date: eventDate('When it was signed or announced.', 'signed or announced'),
        amount: num('Amount pledged, in `currency`.'),
        currency: str('ISO 4217 currency of `amount`.'),
        purpose: str('What it is for, as the sources put it.'),
      },
    },
    Metric: {
      idPrefix: 'metric',
      description: 'A figure stated by a source: a value with unit and the year it refers to.',
      properties: {
        value: num('The figure.'),
        unit: str(
          'What is counted: people, projects, partnerships, agreements, initiatives, toolkits, cities, member states, percent.',
        ),
        year: date('Year or date the figure refers to.'),
        qualifier: str('How the source qualifies it: over, about, estimate, forecast.'),
      },
    },
  },
  relationships: {
    LOCATED_IN: {
      description: 'A city lies in a member state or country.',
      fields: { out: 'locatedIn', in: 'cities', one: 'out' },
      endpoints: [
        ['City', 'MemberState'],
        ['City', 'Country'],
      ],
      properties: {},
    },
    MEMBER_OF: {
      description:
        'Membership: a pilot city or member state in the ASCN, a member state in ASEAN, a country in the G20.',
      fields: { out: 'memberOf', in: 'members' },
      endpoints: [
        ['City', 'Network'],
        ['MemberState', 'Network'],
        ['MemberState', 'Organization'],
        ['Country', 'Organization'],
        ['Organization', 'Organization'],
      ],
      properties: {
        since: eventDate('When membership began.', 'joined'),
        role: str('Role in the body, e.g. pilot city.'),
      },
    },
    SERVES: {
      description: 'An officer serves a city or member state.',
      fields: { out: 'serves', in: 'officers' },
      endpoints: [
        ['Officer', 'City'],
        ['Officer', 'MemberState'],
      ],
      properties: {
        position: int('Order of the officer among those listed for the same city (1-based).'),
      },
    },
    ESTABLISHED_AT: {
      description: 'A network or body was established at a summit or meeting.',
      fields: { out: 'establishedAt', in: 'networksEstablished' },
      endpoints: [
        ['Network', 'Summit'],
        ['Network', 'Meeting'],
      ],
      properties: {},
    },
    ESTABLISHED_BY: {
      description: 'A network was established or initiated by a body, or launched as a deliverable of a chairmanship.',
      fields: { out: 'establishedBy', in: 'networksInitiated' },
      endpoints: [
        ['Network', 'Organization'],
        ['Network', 'Chairmanship'],
      ],
      properties: {},
    },
    HELD_IN: {
      description: 'A summit or meeting took place in (or was chaired from) a city.',
      fields: { out: 'heldIn', in: 'events', one: 'out' },
      endpoints: [
        ['Summit', 'City'],
        ['Meeting', 'City'],
      ],
      properties: {
        qualifier: str(
          'How the source states it, where not plainly: `planned` (the venue announced before the event), `chaired from` (an online meeting whose chair sat there).',
        ),
      },
    },
    HOSTED_BY: {
      description: 'A summit or meeting was hosted by a member state, country or organisation.',
      fields: { out: 'hostedBy', in: 'hosted' },
      endpoints: [
        ['Summit', 'MemberState'],
        ['Summit', 'Country'],
        ['Meeting', 'MemberState'],
        ['Meeting', 'Organization'],
      ],
      properties: {
        qualifier: str('`planned` when the source announces the host of an event still to come.'),
      },
    },
    ORGANIZED_BY: {
      description:
        'A meeting or forum (or a series of them) was organised or co-organised by an organisation or state.',
      fields: { out: 'organizedBy', in: 'meetingsOrganized' },
      endpoints: [
        ['Meeting', 'Organization'],
        ['Meeting', 'MemberState'],
        ['Organization', 'Organization'],
      ],
      properties: {
        role: str('organiser or co-organiser.'),
      },
    },
    MEETING_OF: {
      description:
        'A meeting or summit belongs to a network, body or series (an ASCN annual meeting, an ASEAN Summit, an ASEAN Mayors Forum edition).',
      fields: { out: 'meetingOf', in: 'meetings' },
      endpoints: [
        ['Meeting', 'Network'],
        ['Meeting', 'Organization'],
        ['Summit', 'Organization'],
      ],
      properties: {},
    },
    CHAIRED_BY: {
      description: 'A meeting was chaired by a person or a member state.',
      fields: { out: 'chairedBy', in: 'meetingsChaired' },
      endpoints: [
        ['Meeting', 'Person'],
        ['Meeting', 'MemberState'],
      ],
      properties: {},
    },
    PARTICIPATED_IN: {
      description: 'A person, organisation, state or country took part in a meeting or summit.',
      fields: { out: 'participatedIn', in: 'participants' },
      endpoints: [
        ['Person', 'Meeting'],
        ['Person', 'Summit'],
        ['Organization', 'Meeting'],
        ['MemberState', 'Meeting'],
        ['Country', 'Meeting'],
      ],
      properties: {
        role: str('How they took part: speaker, invited guest, delegate.'),
      },
    },
    HELD_BY: {
      description: 'A chairmanship is held by a member state.',
      fields: { out: 'holder', in: 'chairmanships', one: 'out' },
      endpoints: [['Chairmanship', 'MemberState']],
      properties: {},
    },
    CHAIR_OF: {
      description: 'A chairmanship is the chair of a body (ASEAN, the ASCN).',
      fields: { out: 'chairedBody', in: 'chairmanships', one: 'out' },
      endpoints: [
        ['Chairmanship', 'Organization'],
        ['Chairmanship', 'Network'],
      ],
      properties: {},
    },
    PART_OF: {
      description:
        'Composition: an area of a framework, a framework within an area or another framework, a goal of a chairmanship, a body within an organisation or a state, a post within a network.',
      fields: { out: 'partOf', in: 'parts' },
      endpoints: [
        ['FrameworkArea', 'Framework'],
        ['FrameworkArea', 'Chairmanship'],
        ['Framework', 'FrameworkArea'],
        ['Framework', 'Framework'],
        ['Organization', 'Organization'],
        ['Organization', 'MemberState'],
        ['Role', 'Network'],
      ],
      properties: {},
    },
    ADOPTED_AT: {
      description:
        'A framework was adopted at a summit or meeting. (To be submitted there is SUBMITTED_TO; progress reported there is REPORTED_TO.)',
      fields: { out: 'adoptedAt', in: 'adopted' },
      endpoints: [
        ['Framework', 'Summit'],
        ['Framework', 'Meeting'],
      ],
      properties: {
        action: str('How the source words it: adopted.'),
      },
    },
    SUBMITTED_TO: {
      description: 'A framework is submitted (or, with `qualifier: planned`, to be submitted) to a summit.',
      fields: { out: 'submittedTo', in: 'submissions' },
      endpoints: [['Framework', 'Summit']],
      properties: {
        purpose: str('What the summit is to do with it: notation, adoption.'),
        qualifier: str('`planned` when the source announces the submission before the summit.'),
      },
    },
    REPORTED_TO: {
      description: 'Progress of a network is reported (or, with `qualifier: planned`, to be reported) to a summit.',
      fields: { out: 'reportedTo', in: 'progressReports' },
      endpoints: [['Network', 'Summit']],
      properties: {
        qualifier: str('`planned` when the source announces the report before the summit.'),
      },
    },
    DISCUSSED_AT: {
      description: 'A framework or plan was discussed, drafted or worked on at a meeting, short of being adopted.',
      fields: { out: 'discussedAt', in: 'discussed' },
      endpoints: [['Framework', 'Meeting']],
      properties: {
        action: str('discussed, drafted, development discussed.'),
      },
    },
    ISSUED_BY: {
      description: 'A framework was issued, published or owned by an organisation, state, network or city.',
      fields: { out: 'issuedBy', in: 'frameworksIssued' },
      endpoints: [
        ['Framework', 'Organization'],
        ['Framework', 'MemberState'],
        ['Framework', 'Network'],
        ['Framework', 'City'],
        ['Framework', 'Person'],
      ],
      properties: {},
    },
    PARTY_TO: {
      description: 'A party to an agreement (signatory, funder, recipient), or the person who announced it.',
      fields: { out: 'agreements', in: 'parties' },
      endpoints: [
        ['Person', 'Agreement'],
        ['Organization', 'Agreement'],
        ['MemberState', 'Agreement'],
        ['Country', 'Agreement'],
        ['Network', 'Agreement'],
      ],
      properties: {
        role: str('signatory, funder, beneficiary, announced.'),
      },
    },
    SIGNED_AT: {
      description: 'An agreement was signed or announced at a meeting.',
      fields: { out: 'signedAt', in: 'agreementsSigned', one: 'out' },
      endpoints: [
        ['Agreement', 'Meeting'],
        ['Agreement', 'Summit'],
      ],
      properties: {},
    },
    SUPPORTS: {
      description: 'An agreement or organisation supports a network, framework or city.',
      fields: { out: 'supports', in: 'supportedBy' },
      endpoints: [
        ['Agreement', 'Network'],
        ['Organization', 'Network'],
        ['Agreement', 'City'],
      ],
      properties: {},
    },
    MEASURES: {
      description: 'A metric describes an entity (a population, a project count, a forecast).',
      fields: { out: 'measures', in: 'metrics' },
      endpoints: [
        ['Metric', 'Organization'],
        ['Metric', 'Network'],
        ['Metric', 'MemberState'],
        ['Metric', 'Framework'],
        ['Metric', 'Meeting'],
      ],
      properties: {},
    },
    REPORTED_IN: {
      description: 'A metric is reported in a framework document (such as the 2022 M&E report).',
      fields: { out: 'reportedIn', in: 'metricsReported' },
      endpoints: [['Metric', 'Framework']],
      properties: {},
    },
    HOLDS_ROLE: {
      description: 'An officer holds a post defined by a network (a Chief Smart City Officer).',
      fields: { out: 'roles', in: 'holders' },
      endpoints: [['Officer', 'Role']],
      properties: {},
    },
    HOLDS_OFFICE_IN: {
      description:
        'A person holds an office in an organisation or a state (Secretary-General, Minister, Prime Minister).',
      fields: { out: 'officesHeld', in: 'officeHolders' },
      endpoints: [
        ['Person', 'Organization'],
        ['Person', 'MemberState'],
        ['Person', 'Country'],
      ],
      properties: {
        title: str('The office held.'),
        date: eventDate('When the source shows them in office.', 'in office'),
      },
    },
    PUBLISHED_BY: {
      description: 'A source document or a publication it cites was published by an organisation or state.',
      fields: { out: 'publishedBy', in: 'publications' },
      endpoints: [
        ['Source', 'Organization'],
        ['Source', 'MemberState'],
        ['Publication', 'Organization'],
      ],
      properties: {},
    },
    WORKS_FOR: {
      description: 'An officer works for the organisation their designation names.',
      fields: { out: 'worksFor', in: 'staff' },
      endpoints: [['Officer', 'Organization']],
      properties: {
        post: str('The post held there, as the designation gives it (Director, Deputy Governor).'),
      },
    },
    BASED_IN: {
      description: 'An organisation is based in, or is the government of, a city, member state or country.',
      fields: { out: 'basedIn', in: 'organizations' },
      endpoints: [
        ['Organization', 'City'],
        ['Organization', 'MemberState'],
        ['Organization', 'Country'],
      ],
      properties: {},
    },
    CITES: {
      description: 'A source document cites another publication or framework document in its references or text.',
      fields: { out: 'cites', in: 'citedBy' },
      endpoints: [
        ['Source', 'Publication'],
        ['Source', 'Framework'],
      ],
      properties: {
        reference: int('Number of the reference in the document’s list, where it has one.'),
        retrieved: date('When the document says the reference was retrieved.'),
      },
    },
    REPORTS_ON: {
      description: 'A document, publication or report is about an event, agreement, organisation or network.',
      fields: { out: 'reportsOn', in: 'reportedBy' },
      endpoints: [
        ['Source', 'Meeting'],
        ['Source', 'Organization'],
        ['Source', 'Network'],
        ['Publication', 'Summit'],
        ['Publication', 'Meeting'],
        ['Publication', 'Agreement'],
        ['Framework', 'Network'],
      ],
      properties: {},
    },
    PROMOTES: {
      description:
        'A network, plan or meeting pursues or contributes to a goal, priority or area, as the sources say (the ASCN promoting cooperation in AOIP priority areas).',
      fields: { out: 'promotes', in: 'promotedBy' },
      endpoints: [
        ['Network', 'FrameworkArea'],
        ['Framework', 'FrameworkArea'],
      ],
      properties: {},
    },
    GUIDED_BY: {
      description: 'A network follows the principles or approach a framework sets out.',
      fields: { out: 'guidedBy', in: 'guides' },
      endpoints: [['Network', 'Framework']],
      properties: {},
    },
  },
} as const satisfies GraphModel;

/** The graph model, for code that looks labels, types and properties up by name at run time. */
export const GRAPH_MODEL: GraphModel = DECLARED;

/** The model as declared, with every name as a literal type. */
type Declared = typeof DECLARED;

/** A node label of the model (`City`, `MemberState`, …). */
export type Label = keyof Declared['nodes'];

/** A relationship type of the model (`LOCATED_IN`, `SERVES`, …). */
export type RelationshipType = keyof Declared['relationships'];

/** Every property of a label: the shared ones (`id`, `name`, `aliases`, `note`, `sources`) and its own. */
type PropertiesOf<L extends Label> = SharedNodeProperties & Declared['nodes'][L]['properties'];

/** A property name of label `L`, shared ones included. */
export type PropertyOf<L extends Label> = keyof PropertiesOf<L> & string;

/** A property of `L` holding one value (not a list): what a list can be filtered and ordered by. */
export type ScalarPropertyOf<L extends Label> = {
  [K in PropertyOf<L>]: PropertiesOf<L>[K] extends { readonly type: 'STRING[]' } ? never : K;
}[PropertyOf<L>];
