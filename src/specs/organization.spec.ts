import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `organization` and `organizations`. */
export const ORGANIZATION_SPEC = defineSpec({
  label: 'Organization',
  single: 'organization',
  plural: 'organizations',
  filters: [
    filter.equals('kind'),
    filter.range('founded'),
    filter.related('memberOf', 'Organization', 'Only organisations that are members of this organisation.', [
      hop('MEMBER_OF', 'out', 'Organization'),
    ]),
  ],
  sorts: ['founded'],
});
