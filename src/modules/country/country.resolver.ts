import { entityResolver } from '../common/entity-resolver';
import { filter } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `country` and `countries`: partner and host countries outside ASEAN. */
export const COUNTRY_SPEC: EntitySpec = {
  label: 'Country',
  single: 'country',
  plural: 'countries',
  filters: [filter.equals('isoAlpha2')],
  sorts: [],
};

export const CountryResolver = entityResolver(COUNTRY_SPEC);
