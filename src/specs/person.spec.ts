import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `person` and `people`. */
export const PERSON_SPEC = defineSpec({
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
});
