import { entityResolver } from '../common/entity-resolver';
import { filter, hop } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `organization` and `organizations`. */
export const ORGANIZATION_SPEC: EntitySpec = {
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
};

export const OrganizationResolver = entityResolver(ORGANIZATION_SPEC);
