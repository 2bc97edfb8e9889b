import { entityResolver } from '../common/entity-resolver';
import { filter } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `source` and `sources`: the documents every fact cites. */
export const SOURCE_SPEC: EntitySpec = {
  label: 'Source',
  single: 'source',
  plural: 'sources',
  filters: [filter.equals('kind'), filter.equals('publisher'), filter.range('date')],
  sorts: ['title', 'date'],
};

export const SourceResolver = entityResolver(SOURCE_SPEC);
