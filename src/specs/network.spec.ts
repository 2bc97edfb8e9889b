import { defineSpec, filter } from './entity-spec';

/** Root queries `network` and `networks`: the ASCN and other networks of cities. */
export const NETWORK_SPEC = defineSpec({
  label: 'Network',
  single: 'network',
  plural: 'networks',
  filters: [filter.range('established')],
  sorts: ['established'],
});
