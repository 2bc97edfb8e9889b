import { entityResolver } from '../common/entity-resolver';
import { filter, hop } from '../common/entity-spec';
import type { EntitySpec } from '../common/entity-spec';

/** Root queries `person` and `people`. */
export const PERSON_SPEC: EntitySpec = {
  label: 'Person',
  single: 'person',
  plural: 'people',
  filters: [
    filter.related('organization', 'Organization', 'Only people holding an office in this organisation.', [
      hop('HOLDS_OFFICE_IN', 'out', 'Organization'),
    ]),
    filter.related('memberState', 'MemberState', 'Only people holding an office of this member state.', [
      hop('HOLDS_OFFICE_IN', 'out', 'MemberState'),
    ]),
  ],
  sorts: [],
};

export const PersonResolver = entityResolver(PERSON_SPEC);
