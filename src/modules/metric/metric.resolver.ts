import { entityResolver } from '../common/entity-resolver';
import { filter } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `metric` and `metrics`: figures with unit and year. */
export const METRIC_SPEC: EntitySpec = {
  label: 'Metric',
  single: 'metric',
  plural: 'metrics',
  filters: [filter.equals('unit'), filter.range('year')],
  sorts: ['year', 'value'],
};

export const MetricResolver = entityResolver(METRIC_SPEC);
