import { entityResolver } from '../common/entity-resolver';
import { filter, hop } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `officer` and `officers`: Chief Smart City Officers and other post holders. */
export const OFFICER_SPEC: EntitySpec = {
  label: 'Officer',
  single: 'officer',
  plural: 'officers',
  filters: [
    filter.equals('role'),
    filter.related('city', 'City', 'Only officers serving this city (an id such as `city:cebu-city`).', [
      hop('SERVES', 'out', 'City'),
    ]),
    filter.related(
      'memberState',
      'MemberState',
      'Only officers serving this member state or one of its cities (an id such as `state:ph`).',
      [hop('SERVES', 'out', 'MemberState')],
      [hop('SERVES', 'out', 'City'), hop('LOCATED_IN', 'out', 'MemberState')],
    ),
  ],
  sorts: [],
};

export const OfficerResolver = entityResolver(OFFICER_SPEC);
