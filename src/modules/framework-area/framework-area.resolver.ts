import { entityResolver } from '../common/entity-resolver';
import { filter, hop } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `frameworkArea` and `frameworkAreas`: strategic areas, core areas, goals. */
export const FRAMEWORK_AREA_SPEC: EntitySpec = {
  label: 'FrameworkArea',
  single: 'frameworkArea',
  plural: 'frameworkAreas',
  filters: [
    filter.equals('kind'),
    filter.related('framework', 'Framework', 'Only areas of this framework.', [hop('PART_OF', 'out', 'Framework')]),
  ],
  sorts: ['ordinal'],
};

export const FrameworkAreaResolver = entityResolver(FRAMEWORK_AREA_SPEC);
