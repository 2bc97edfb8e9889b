import { entityResolver } from '../common/entity-resolver';
import { filter, hop } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `summit` and `summits`. */
export const SUMMIT_SPEC: EntitySpec = {
  label: 'Summit',
  single: 'summit',
  plural: 'summits',
  filters: [
    filter.equals('series'),
    filter.equals('ordinal'),
    filter.range('date'),
    filter.related('city', 'City', 'Only summits held in this city.', [hop('HELD_IN', 'out', 'City')]),
    filter.related(
      'memberState',
      'MemberState',
      'Only summits hosted by this member state or held in one of its cities.',
      [hop('HOSTED_BY', 'out', 'MemberState')],
      [hop('HELD_IN', 'out', 'City'), hop('LOCATED_IN', 'out', 'MemberState')],
    ),
  ],
  sorts: ['date', 'ordinal'],
};

export const SummitResolver = entityResolver(SUMMIT_SPEC);
