import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `summit` and `summits`. */
export const SUMMIT_SPEC = defineSpec({
  label: 'Summit',
  single: 'summit',
  plural: 'summits',
  filters: [
    filter.equals('series'),
    filter.equals('ordinal'),
    filter.range('date'),
    filter.related('city', 'City', 'Only summits held in this city.', [hop('HELD_IN', 'out', 'City')]),
    filter.related(
      'memberState',
      'MemberState',
      'Only summits hosted by this member state or held in one of its cities.',
      [hop('HOSTED_BY', 'out', 'MemberState')],
      [hop('HELD_IN', 'out', 'City'), hop('LOCATED_IN', 'out', 'MemberState')],
    ),
  ],
  sorts: ['date', 'ordinal'],
});
