import { defineSpec, filter, hop } from './entity-spec';

/** Root queries `agreement` and `agreements`: MOUs, agreements, partnerships and funding pledges. */
export const AGREEMENT_SPEC = defineSpec({
  label: 'Agreement',
  single: 'agreement',
  plural: 'agreements',
  filters: [
    filter.equals('kind'),
    filter.range('date'),
    filter.related('organization', 'Organization', 'Only agreements this organisation is a party to.', [
      hop('PARTY_TO', 'in', 'Organization'),
    ]),
    filter.related('memberState', 'MemberState', 'Only agreements this member state is a party to.', [
      hop('PARTY_TO', 'in', 'MemberState'),
    ]),
    filter.related('country', 'Country', 'Only agreements this country is a party to.', [
      hop('PARTY_TO', 'in', 'Country'),
    ]),
  ],
  sorts: ['date', 'amount'],
});
