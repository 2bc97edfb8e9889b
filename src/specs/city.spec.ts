import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `city` and `cities`. */
export const CITY_SPEC = defineSpec({
  label: 'City',
  single: 'city',
  plural: 'cities',
  filters: [
    filter.equals('pilot'),
    filter.related('memberState', 'MemberState', 'Only cities in this member state (an id such as `state:th`).', [
      hop('LOCATED_IN', 'out', 'MemberState'),
    ]),
    filter.related(
      'network',
      'Network',
      'Only cities that are members of this network (an id such as `network:ascn`).',
      [hop('MEMBER_OF', 'out', 'Network')],
    ),
  ],
  sorts: [],
});
