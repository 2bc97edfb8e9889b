/**
 * How each relationship type reads as a GraphQL field, from either end.
 * `out` names the field on the start node, `in` the field on the end node;
 * `one` marks a direction where a node has at most one such relationship
 * (a city lies in one member state), which becomes a plain field plus an
 * `…Edge` field instead of a connection. A test checks every relationship
 * type in the graph model is named here.
 */
export interface RelationNames {
  readonly out: string;
  readonly in: string;
  readonly one?: 'out' | 'in';
}

export const RELATION_NAMES: Readonly<Record<string, RelationNames>> = {
  LOCATED_IN: { out: 'locatedIn', in: 'cities', one: 'out' },
  MEMBER_OF: { out: 'memberOf', in: 'members' },
  SERVES: { out: 'serves', in: 'officers' },
  ESTABLISHED_AT: { out: 'establishedAt', in: 'networksEstablished' },
  ESTABLISHED_BY: { out: 'establishedBy', in: 'networksInitiated' },
  HELD_IN: { out: 'heldIn', in: 'events', one: 'out' },
  HOSTED_BY: { out: 'hostedBy', in: 'hosted' },
  ORGANIZED_BY: { out: 'organizedBy', in: 'meetingsOrganized' },
  MEETING_OF: { out: 'meetingOf', in: 'meetings' },
  CHAIRED_BY: { out: 'chairedBy', in: 'meetingsChaired' },
  PARTICIPATED_IN: { out: 'participatedIn', in: 'participants' },
  HELD_BY: { out: 'holder', in: 'chairmanships', one: 'out' },
  CHAIR_OF: { out: 'chairedBody', in: 'chairmanships', one: 'out' },
  PART_OF: { out: 'partOf', in: 'parts' },
  ADOPTED_AT: { out: 'adoptedAt', in: 'adopted' },
  DISCUSSED_AT: { out: 'discussedAt', in: 'discussed' },
  ISSUED_BY: { out: 'issuedBy', in: 'frameworksIssued' },
  PARTY_TO: { out: 'agreements', in: 'parties' },
  SIGNED_AT: { out: 'signedAt', in: 'agreementsSigned', one: 'out' },
  SUPPORTS: { out: 'supports', in: 'supportedBy' },
  MEASURES: { out: 'measures', in: 'metrics' },
  REPORTED_IN: { out: 'reportedIn', in: 'metricsReported' },
  HOLDS_OFFICE_IN: { out: 'officesHeld', in: 'officeHolders' },
  PUBLISHED_BY: { out: 'publishedBy', in: 'publications' },
  HOLDS_ROLE: { out: 'roles', in: 'holders' },
};

/** A field that shows only some labels at the other end, under its own name. */
export interface SplitField {
  readonly name: string;
  readonly targets: readonly string[];
  readonly description?: string;
}

/**
 * Where one end reads better as several fields, one per label at the other
 * end: `City.memberState` and `City.country` rather than a `locatedIn` that
 * may be either. Keyed `<label> <out|in> <TYPE>`; the fields must cover every
 * label the model allows at the other end.
 */
export const SPLIT_FIELDS: Readonly<Record<string, readonly SplitField[]>> = {
  'City out LOCATED_IN': [
    { name: 'memberState', targets: ['MemberState'], description: 'The ASEAN member state the city lies in.' },
    { name: 'country', targets: ['Country'], description: 'The country outside ASEAN the city lies in.' },
  ],
  'City in HELD_IN': [
    { name: 'summits', targets: ['Summit'], description: 'Summits held in the city.' },
    {
      name: 'meetings',
      targets: ['Meeting'],
      description: 'Meetings, workshops and forums held in (or chaired from) the city.',
    },
  ],
  'Network in MEMBER_OF': [
    { name: 'cities', targets: ['City'], description: 'Member cities of the network (the ASCN pilot cities).' },
    { name: 'memberStates', targets: ['MemberState'], description: 'Member states taking part in the network.' },
  ],
};
