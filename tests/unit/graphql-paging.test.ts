import { decodeCursor, encodeCursor } from '../../src/graphql/cursor';
import { offsetWindow, pageSize, slicePage, toPage } from '../../src/graphql/page';
import { CITY_SPEC } from '../../src/specs/city.spec';
import { keysetParams } from '../../src/graph/keyset';
import { decodeKeyset, keysetCursor } from '../../src/graphql/schema/list-cursors';
import { AGREEMENT_SPEC } from '../../src/specs/agreement.spec';

const badInput = (argument: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }) });
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('cursors', () => {
  it('round-trips a position within its scope and hides it', () => {
    for (const position of [0, 19, 12345, ['Hanoi', 'city:hanoi'], [null, 'city:x']]) {
      expect(decodeCursor(encodeCursor('cities:name_asc', position), 'after', 'cities:name_asc')).toEqual(position);
    }
    expect(encodeCursor('City.officers', 3)).not.toMatch(/offset|officers/);
  });

  it.each([
    ['empty', ''],
    ['not base64', 'abc'],
    ['an old offset cursor', b64('offset:10')],
    ['a forged offset of 2^53 - 1', b64('offset:9007199254740991')],
    ['a body without its checksum', encodeCursor('cities:name_asc', 1).split('.')[0] ?? ''],
    ['a changed checksum', `${encodeCursor('cities:name_asc', 1)}x`],
    ['padding added', `${encodeCursor('cities:name_asc', 1)}==`],
    ['a 10,000-character string', 'A'.repeat(10_000)],
  ])('rejects %s as BAD_USER_INPUT naming the argument', (_what, cursor) => {
    expect(() => decodeCursor(cursor, 'after', 'cities:name_asc')).toThrow(badInput('after'));
  });

  it('refuses a cursor of another list or order, and says which it came from', () => {
    const cursor = encodeCursor('cities:name_asc', ['Hanoi', 'city:hanoi']);
    expect(() => decodeCursor(cursor, 'after', 'cities:name_desc')).toThrow(/cursor of "cities:name_asc"/);
    expect(() => decodeCursor(cursor, 'after', 'summits:name_asc')).toThrow(badInput('after'));
  });
});

describe('pages', () => {
  it('defaults first to 20 and allows 0 to 100', () => {
    expect(pageSize({})).toBe(20);
    expect(pageSize({ first: 0 })).toBe(0);
    expect(pageSize({ first: 100 })).toBe(100);
    expect(() => pageSize({ first: 101 })).toThrow(/"first" must be between 0 and 100/);
    expect(() => pageSize({ first: -1 })).toThrow(badInput('first'));
  });

  it('starts an in-memory page after the index its cursor holds, only for its own scope', () => {
    expect(offsetWindow({ first: 0, after: encodeCursor('City.officers', 9) }, 'City.officers')).toEqual({
      offset: 10,
      limit: 0,
    });
    for (const index of [-1, 1.5, 'x', [1]]) {
      expect(() => offsetWindow({ after: encodeCursor('City.officers', index) }, 'City.officers')).toThrow(
        badInput('after'),
      );
    }
    expect(() => offsetWindow({ after: encodeCursor('City.officers', 1) }, 'City.memberState')).toThrow(
      badInput('after'),
    );
  });

  it('cuts one page from rows that may hold one extra row', () => {
    const page = toPage(['a', 'b', 'c'], 2, (item) => `c-${item}`, true);
    expect(page.items.map((i) => i.item)).toEqual(['a', 'b']);
    expect(page.items.map((i) => i.cursor())).toEqual(['c-a', 'c-b']);
    const { startCursor, endCursor, ...flags } = page.pageInfo;
    expect(flags).toEqual({ hasNextPage: true, hasPreviousPage: true });
    expect([startCursor?.(), endCursor?.()]).toEqual(['c-a', 'c-b']);
    expect(toPage([], 5, String, false).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('makes a cursor only when it is asked for, and once', () => {
    const made: string[] = [];
    const page = toPage(['a', 'b', 'c'], 2, (item) => (made.push(item), `c-${item}`), false);
    expect(made).toEqual([]);
    expect(page.pageInfo.endCursor?.()).toBe('c-b');
    expect(page.items[1]?.cursor()).toBe('c-b');
    expect(made).toEqual(['b']);
  });

  it('slices in-memory lists however far the cursor points', () => {
    const all = ['a', 'b', 'c', 'd'];
    const second = slicePage(all, { offset: 2, limit: 1 }, 's');
    expect(second.items.map((i) => i.item)).toEqual(['c']);
    expect(second.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(second.pageInfo.endCursor?.() ?? '', 'after', 's')).toBe(2);
    expect(slicePage(all, { offset: Number.MAX_SAFE_INTEGER, limit: 100 }, 's').items).toEqual([]);
  });
});

describe('keyset positions', () => {
  const hanoi = { id: 'city:hanoi', name: 'Hanoi', aliases: [], sources: [] };

  it('round-trip the sort key and id of the last node', () => {
    const cursor = keysetCursor(CITY_SPEC, 'name_desc', hanoi);
    expect(decodeKeyset(CITY_SPEC, 'name_desc', cursor)).toEqual({ key: 'Hanoi', id: 'city:hanoi' });
    const noAmount = keysetCursor(AGREEMENT_SPEC, 'amount_asc', {
      id: 'agreement:x',
      name: 'X',
      aliases: [],
      sources: [],
    });
    expect(decodeKeyset(AGREEMENT_SPEC, 'amount_asc', noAmount)).toEqual({ key: null, id: 'agreement:x' });
  });

  it.each([
    ['another order', encodeCursor('cities:name_asc', ['Hanoi', 'city:hanoi'])],
    ['a key of the wrong type', encodeCursor('cities:name_desc', [12, 'city:hanoi'])],
    ['an id of another label', encodeCursor('cities:name_desc', ['Hanoi', 'state:vn'])],
    ['a malformed id', encodeCursor('cities:name_desc', ['Hanoi', "x' OR 1=1"])],
    ['an offset', encodeCursor('cities:name_desc', 99_999_999)],
  ])('refuse %s', (_what, cursor) => {
    expect(() => decodeKeyset(CITY_SPEC, 'name_desc', cursor)).toThrow(badInput('after'));
  });

  it("send the order's key as one parameter typed like its property, never null", () => {
    expect(keysetParams(AGREEMENT_SPEC, 'amount_desc', { key: 2.5, id: 'agreement:x' })).toEqual({
      hasAfter: true,
      afterNull: false,
      afterId: 'agreement:x',
      afterKey: 2.5,
    });
    expect(keysetParams(AGREEMENT_SPEC, 'amount_asc', { key: null, id: 'agreement:y' })).toEqual({
      hasAfter: true,
      afterNull: true,
      afterId: 'agreement:y',
      afterKey: 0,
    });
    expect(keysetParams(CITY_SPEC, 'name_asc', undefined)).toEqual({
      hasAfter: false,
      afterNull: false,
      afterId: '',
      afterKey: '',
    });
  });
});
