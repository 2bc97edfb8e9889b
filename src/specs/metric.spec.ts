import { defineSpec, filter } from './entity-spec';

/** Root queries `metric` and `metrics`: figures with unit and year. */
export const METRIC_SPEC = defineSpec({
  label: 'Metric',
  single: 'metric',
  plural: 'metrics',
  filters: [filter.equals('unit'), filter.range('year')],
  sorts: ['year', 'value'],
});
