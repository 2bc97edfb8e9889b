import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `meeting` and `meetings`: meetings, workshops and forums. */
export const MEETING_SPEC = defineSpec({
  label: 'Meeting',
  single: 'meeting',
  plural: 'meetings',
  filters: [
    filter.equals('kind'),
    filter.equals('online'),
    filter.equals('status'),
    filter.range('date'),
    filter.related('city', 'City', 'Only meetings held in (or chaired from) this city.', [
      hop('HELD_IN', 'out', 'City'),
    ]),
    filter.related('network', 'Network', 'Only meetings of this network (its annual meetings).', [
      hop('MEETING_OF', 'out', 'Network'),
    ]),
    filter.related(
      'memberState',
      'MemberState',
      'Only meetings hosted, organised or chaired by this member state, or held in one of its cities.',
      [hop('HOSTED_BY', 'out', 'MemberState')],
      [hop('ORGANIZED_BY', 'out', 'MemberState')],
      [hop('CHAIRED_BY', 'out', 'MemberState')],
      [hop('HELD_IN', 'out', 'City'), hop('LOCATED_IN', 'out', 'MemberState')],
    ),
  ],
  sorts: ['date', 'edition'],
});
