import { prepareParams } from '../../src/db/kuzu/kuzu-params';
import type { Params } from '../../src/db';

/** Validates one parameter `$x` of `RETURN $x`. */
const prepare = (x: unknown): unknown => prepareParams('q', 'RETURN $x AS x', { x } as Params).x;

describe('Kùzu parameter validation', () => {
  it.each([
    [[1, 1.5], '$x mixes integers and fractions: $x[0] is an integer, $x[1] a fraction'],
    [[[1], [1.5]], '$x mixes integers and fractions: $x[0][0] is an integer, $x[1][0] a fraction'],
    [[{ a: 1 }, { a: 1.5 }], '$x mixes integers and fractions: $x[0].a is an integer, $x[1].a a fraction'],
    [[{ a: 'x' }, { a: 1 }], '$x mixes string and integer values: $x[0].a is a string, $x[1].a an integer'],
    [['a', 1], '$x mixes string and integer values: $x[0] is a string, $x[1] an integer'],
    [[[1], 'a'], '$x mixes list and string values: $x[0] is a list, $x[1] a string'],
    [[{ a: 1 }, { b: 2 }], '$x holds maps with different keys: $x[0] has a, $x[1] has b'],
    [[{ m: { a: 1 } }, { m: { b: 1 } }], '$x holds maps with different keys: $x[0].m has a, $x[1].m has b'],
    [{ rows: [{ a: [1] }, { a: [2.5] }] }, '$x.rows mixes integers and fractions: $x.rows[0].a[0] is an integer'],
    [[[1, 1.5]], '$x[0] mixes integers and fractions: $x[0][0] is an integer, $x[0][1] a fraction'],
    // A null fits any type, so the mismatch is found past it.
    [[{ a: null }, { a: 1 }, { a: 1.5 }], '$x mixes integers and fractions: $x[1].a is an integer, $x[2].a a fraction'],
  ])('refuses %j, naming where the items differ', (x, message) => {
    expect(() => prepare(x)).toThrow(message);
  });

  it.each([
    [[[1], []], '$x[1] is an empty list'],
    [[{ a: [] }], '$x[0].a is an empty list'],
    [{ a: [] }, '$x.a is an empty list'],
    [[{ a: {} }], '$x[0].a is an empty map'],
    [{ a: { b: {} } }, '$x.a.b is an empty map'],
    [{}, '$x is an empty map'],
  ])('refuses %j: the engine reads an empty list or map as NULL', (x, message) => {
    expect(() => prepare(x)).toThrow(message);
  });

  it.each([
    [[]],
    [[[1], [2, 3], null]],
    [[{ a: 1 }, { a: null }]],
    [
      [
        { a: [1.5], b: 'x' },
        { b: 'y', a: [2.5, null] },
      ],
    ],
    [{ a: [{ b: true }], c: 'x' }],
  ])('accepts %j unchanged', (x) => {
    expect(prepare(x)).toEqual(x);
  });
});
