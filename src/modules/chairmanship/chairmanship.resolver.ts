import { entityResolver } from '../common/entity-resolver';
import { filter, hop } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `chairmanship` and `chairmanships`: who chaired ASEAN or the ASCN in which year. */
export const CHAIRMANSHIP_SPEC: EntitySpec = {
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
};

export const ChairmanshipResolver = entityResolver(CHAIRMANSHIP_SPEC);
