import { defineSpec, filter } from './entity-spec';

/** Root queries `publication` and `publications`: what the source documents cite or name. */
export const PUBLICATION_SPEC = defineSpec({
  label: 'Publication',
  single: 'publication',
  plural: 'publications',
  filters: [filter.equals('kind'), filter.equals('publisher'), filter.range('date')],
  sorts: ['name', 'date'],
});
