import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `frameworkArea` and `frameworkAreas`: strategic areas, core areas, goals. */
export const FRAMEWORK_AREA_SPEC = defineSpec({
  label: 'FrameworkArea',
  single: 'frameworkArea',
  plural: 'frameworkAreas',
  filters: [
    filter.equals('kind'),
    filter.related('framework', 'Framework', 'Only areas of this framework.', [hop('PART_OF', 'out', 'Framework')]),
  ],
  sorts: ['ordinal'],
});
