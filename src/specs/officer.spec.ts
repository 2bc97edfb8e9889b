import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `officer` and `officers`: Chief Smart City Officers and other post holders. */
export const OFFICER_SPEC = defineSpec({
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
});
