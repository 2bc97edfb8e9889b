import { defineSpec, filter } from './entity-spec';

/** Root queries `country` and `countries`: partner and host countries outside ASEAN. */
export const COUNTRY_SPEC = defineSpec({
  label: 'Country',
  single: 'country',
  plural: 'countries',
  filters: [filter.equals('isoAlpha2')],
  sorts: [],
});
