import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `framework` and `frameworks`: plans, strategies, frameworks, toolkits and reports. */
export const FRAMEWORK_SPEC = defineSpec({
  label: 'Framework',
  single: 'framework',
  plural: 'frameworks',
  filters: [
    filter.equals('kind'),
    filter.range('adopted'),
    filter.related('issuedBy', 'Organization', 'Only frameworks issued by this organisation.', [
      hop('ISSUED_BY', 'out', 'Organization'),
    ]),
    filter.related(
      'memberState',
      'MemberState',
      'Only frameworks issued by this member state or one of its cities.',
      [hop('ISSUED_BY', 'out', 'MemberState')],
      [hop('ISSUED_BY', 'out', 'City'), hop('LOCATED_IN', 'out', 'MemberState')],
    ),
  ],
  sorts: ['adopted'],
});
