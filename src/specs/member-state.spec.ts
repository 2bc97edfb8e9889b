import { defineSpec, filter } from './entity-spec';

/** Root queries `memberState` and `memberStates`. */
export const MEMBER_STATE_SPEC = defineSpec({
  label: 'MemberState',
  single: 'memberState',
  plural: 'memberStates',
  filters: [filter.equals('isoAlpha2'), filter.equals('isoAlpha3')],
  sorts: ['isoAlpha2'],
});
