import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `chairmanship` and `chairmanships`: who chaired ASEAN or the ASCN in which year. */
export const CHAIRMANSHIP_SPEC = defineSpec({
  label: 'Chairmanship',
  single: 'chairmanship',
  plural: 'chairmanships',
  filters: [
    filter.equals('body'),
    filter.equals('year'),
    filter.range('year'),
    filter.related('memberState', 'MemberState', 'Only chairmanships held by this member state.', [
      hop('HELD_BY', 'out', 'MemberState'),
    ]),
  ],
  sorts: ['year'],
});
