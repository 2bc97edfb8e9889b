import { defineSpec, filter } from './entity-spec';

/** Root queries `role` and `roles`: posts such as Chief Smart City Officer. */
export const ROLE_SPEC = defineSpec({
  label: 'Role',
  single: 'role',
  plural: 'roles',
  filters: [filter.equals('level')],
  sorts: [],
});
