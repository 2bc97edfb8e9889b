import { decodeCursor, encodeCursor } from '../../src/graphql/cursor';
import { pageWindow, toPage } from '../../src/graphql/page';

describe('cursors and pages', () => {
  it('round-trips offsets through opaque cursors', () => {
    for (const offset of [0, 1, 19, 12345]) expect(decodeCursor(encodeCursor(offset), 'after')).toBe(offset);
    expect(encodeCursor(3)).not.toContain('3');
  });

  it.each([
    '',
    'abc',
    Buffer.from('offset:-1').toString('base64'),
    Buffer.from('offset:1.5').toString('base64'),
    Buffer.from('name:x').toString('base64'),
    `${encodeCursor(2)}==`,
  ])('rejects the cursor %p as BAD_USER_INPUT naming the argument', (cursor) => {
    expect(() => decodeCursor(cursor, 'after')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }),
    );
  });

  it('defaults first to 20, allows 0 to 100, and starts after the cursor', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ first: 0, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 0 });
    expect(() => pageWindow({ first: 101 })).toThrow(/"first" must be between 0 and 100/);
    expect(() => pageWindow({ first: -1 })).toThrow(/"first"/);
  });

  it('cuts a page from rows that may hold one extra row', () => {
    const page = toPage(['a', 'b', 'c'], { offset: 4, limit: 2 });
    expect(page.items.map((i) => i.item)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(4),
      endCursor: encodeCursor(5),
    });
    expect(toPage([], { offset: 0, limit: 5 }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
