/**
 * Compile-time checks of the typed graph model, compiled by `npm run check`
 * (`tsc --noEmit` covers tests/). Each `@ts-expect-error` line must fail to
 * compile: if a change to the model types lets the mistake through, the
 * directive itself becomes the error. Nothing here runs.
 */
import { defineSpec, filter, hop } from '../../src/specs';
import type { PropertyOf, RelationshipType, ScalarPropertyOf } from '../../src/model';

const base = { single: 'town', plural: 'towns', sorts: [] } as const;

export const typedSpecs = [
  // A spec of a known label with its own, shared and related filters compiles.
  defineSpec({
    ...base,
    label: 'City',
    filters: [
      filter.equals('pilot'),
      filter.equals('name'),
      filter.related('x', 'MemberState', 'x', [hop('LOCATED_IN', 'out', 'MemberState')]),
    ],
  }),
  // @ts-expect-error a label the model does not have
  defineSpec({ ...base, label: 'Town', filters: [] }),
  // @ts-expect-error a property of another label (isoAlpha2 belongs to MemberState and Country)
  defineSpec({ ...base, label: 'City', filters: [filter.equals('isoAlpha2')] }),
  // @ts-expect-error a list-valued shared property cannot be compared
  defineSpec({ ...base, label: 'City', filters: [filter.equals('aliases')] }),
  // @ts-expect-error a sort key the label does not have
  defineSpec({ ...base, label: 'City', filters: [], sorts: ['year'] }),
  // @ts-expect-error a range over a property of another label
  defineSpec({ ...base, label: 'Summit', filters: [filter.range('amount')] }),
];

// @ts-expect-error a relationship type the model does not have
export const wrongType = hop('LOCATED_AT', 'out', 'MemberState');
// @ts-expect-error a label the model does not have, at the end of a hop
export const wrongEnd = hop('LOCATED_IN', 'out', 'Province');

export const known: RelationshipType = 'SERVES';
export const shared: PropertyOf<'City'> = 'name';
// @ts-expect-error not a property of City
export const notCity: PropertyOf<'City'> = 'isoAlpha3';
// @ts-expect-error `sources` is a list: not a filter or sort key
export const notScalar: ScalarPropertyOf<'Summit'> = 'sources';
