import { defineSpec, filter } from './entity-spec';

/** Root queries `source` and `sources`: the documents every fact cites. */
export const SOURCE_SPEC = defineSpec({
  label: 'Source',
  single: 'source',
  plural: 'sources',
  filters: [filter.equals('kind'), filter.equals('publisher'), filter.range('date')],
  sorts: ['title', 'date'],
});
