import { entityResolver } from '../common/entity-resolver';
import { filter } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `role` and `roles`: posts such as Chief Smart City Officer. */
export const ROLE_SPEC: EntitySpec = {
  label: 'Role',
  single: 'role',
  plural: 'roles',
  filters: [filter.equals('level')],
  sorts: [],
};

export const RoleResolver = entityResolver(ROLE_SPEC);
