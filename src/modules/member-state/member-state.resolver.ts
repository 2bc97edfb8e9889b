import { entityResolver } from '../common/entity-resolver';
import { filter } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `memberState` and `memberStates`. */
export const MEMBER_STATE_SPEC: EntitySpec = {
  label: 'MemberState',
  single: 'memberState',
  plural: 'memberStates',
  filters: [filter.equals('isoAlpha2'), filter.equals('isoAlpha3')],
  sorts: ['isoAlpha2'],
};

export const MemberStateResolver = entityResolver(MEMBER_STATE_SPEC);
