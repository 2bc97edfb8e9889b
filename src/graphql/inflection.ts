import { pascal } from '../graph/list-query';
import type { Label, RelationshipType } from '../model';

/**
 * Every naming rule of the GraphQL API in one place (as PostGraphile keeps
 * its inflection): relationship field names come from the graph model
 * (`fields` of each relationship type), and this module derives the rest.
 */

export { pascal };

/** `LOCATED_IN` → `locatedIn`: the field name of a relationship end the model does not name. */
export const camel = (type: string): string =>
  type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** What the types of a relationship field are named after: `City` + `officers` → `CityOfficers`. */
export const relationTypePrefix = (owner: string, field: string): string => `${owner}${pascal(field)}`;

/** A connection type: `CityConnection` (a root list), `CityOfficersConnection` (a relationship field). */
export const connectionTypeName = (prefix: string): string => `${prefix}Connection`;

/** An edge type: `CityEdge`, `CityOfficersEdge`, and the single edge `CityMemberStateEdge`. */
export const edgeTypeName = (prefix: string): string => `${prefix}Edge`;

/** The filter input and the order enum of a root list: `CityFilter`, `CityOrder`. */
export const filterTypeName = (label: string): string => `${label}Filter`;
export const orderTypeName = (label: string): string => `${label}Order`;

/** The enum of a label's groupings: `CityGrouping`. */
export const groupingTypeName = (label: string): string => `${label}Grouping`;

/** An enum value named after a field or property: `memberState` → `MEMBER_STATE`. */
export const enumValueName = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** The twin field of a single-valued relationship end that carries the relationship: `memberStateEdge`. */
export const edgeFieldName = (field: string): string => `${field}Edge`;

/** A field that shows only some labels at the other end, under its own name. */
export interface SplitField {
  readonly name: string;
  readonly targets: readonly Label[];
  readonly description?: string;
}

/**
 * Where one end reads better as several fields, one per label at the other
 * end: `City.memberState` and `City.country` rather than a `locatedIn` that
 * may be either. Keyed `<label> <out|in> <TYPE>`; the fields must cover every
 * label the model allows at the other end.
 */
const SPLITS = {
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
} satisfies Partial<Record<`${Label} ${'out' | 'in'} ${RelationshipType}`, readonly SplitField[]>>;

/** The split ends, by `<label> <out|in> <TYPE>` (a key the model lacks is a compile error above). */
export const SPLIT_FIELDS: Readonly<Record<string, readonly SplitField[]>> = SPLITS;
