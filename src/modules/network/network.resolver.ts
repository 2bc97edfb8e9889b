import { entityResolver } from '../common/entity-resolver';
import { filter } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `network` and `networks`: the ASCN and other networks of cities. */
export const NETWORK_SPEC: EntitySpec = {
  label: 'Network',
  single: 'network',
  plural: 'networks',
  filters: [filter.range('established')],
  sorts: ['established'],
};

export const NetworkResolver = entityResolver(NETWORK_SPEC);
