import { entityResolver } from '../common/entity-resolver';
import { filter, hop } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `city` and `cities`. */
export const CITY_SPEC: EntitySpec = {
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
};

export const CityResolver = entityResolver(CITY_SPEC);
