import { separateUnionParameters } from '../../src/db/kuzu/kuzu-union';

describe('separateUnionParameters', () => {
  it('copies a list parameter used in several UNION branches, leaving strings and comments alone', () => {
    const query =
      "MATCH (a) WHERE a.id IN $ids RETURN a.id AS k UNION ALL MATCH (b) WHERE b.id IN $ids AND b.x = '$ids UNION' RETURN b.id AS k // $ids\nUNION MATCH (c) WHERE c.id IN $ids AND c.n = $n RETURN c.id AS k";
    const { text, copies } = separateUnionParameters(query, new Set(['ids']));
    expect(copies).toEqual({ ids__u1: 'ids', ids__u2: 'ids' });
    expect(text).toContain('a.id IN $ids RETURN');
    expect(text).toContain("b.id IN $ids__u1 AND b.x = '$ids UNION'");
    expect(text).toContain('// $ids');
    expect(text).toContain('c.id IN $ids__u2 AND c.n = $n');
  });

  it('leaves a query without shared list parameters unchanged', () => {
    const query = 'MATCH (a) WHERE a.id IN $ids RETURN a.id AS k UNION MATCH (b) WHERE b.id = $id RETURN b.id AS k';
    expect(separateUnionParameters(query, new Set(['ids']))).toEqual({ text: query, copies: {} });
  });
});
