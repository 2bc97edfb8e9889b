import { batchWithLabel, hasLabellessHead, idsByLabel } from '../../src/db/batch-heads';

describe('batch heads', () => {
  it('tells a label-less head from labelled ones, in any UNION branch, and ignores comments', () => {
    expect(hasLabellessHead('UNWIND $ids AS id MATCH (n {id: id}) RETURN n AS node')).toBe(true);
    expect(hasLabellessHead('UNWIND $ids AS id MATCH (n:City {id: id}) RETURN n AS node')).toBe(false);
    expect(
      hasLabellessHead(
        'UNWIND $ids AS id MATCH (a:City {id: id}) RETURN a.id AS x UNION ALL UNWIND $ids AS id MATCH (a {id: id}) RETURN a.id AS x',
      ),
    ).toBe(true);
    expect(hasLabellessHead('// UNWIND $ids AS id MATCH (n {id: id})\nMATCH (n:City) RETURN n AS node')).toBe(false);
    expect(hasLabellessHead('MATCH (n {id: $id}) RETURN n AS node')).toBe(false);
  });

  it('puts a label on label-less heads only', () => {
    const text = 'UNWIND $ids AS id MATCH (a {id: id})-[r]->(b) RETURN b.id AS id';
    expect(batchWithLabel(text, 'Network')).toBe(
      'UNWIND $ids AS id MATCH (a:Network {id: id})-[r]->(b) RETURN b.id AS id',
    );
    const labelled = 'UNWIND $ids AS id MATCH (a:City {id: id}) RETURN a.id AS id';
    expect(batchWithLabel(labelled, 'Network')).toBe(labelled);
  });

  it('groups ids by the label their prefix names, in first-seen order, or gives up on an unknown prefix', () => {
    expect([...(idsByLabel(['city:hue', 'state:vn', 'city:hanoi']) ?? [])]).toEqual([
      ['City', ['city:hue', 'city:hanoi']],
      ['MemberState', ['state:vn']],
    ]);
    expect(idsByLabel(['city:hue', 'planet:mars'])).toBeUndefined();
    expect(idsByLabel(['city:hue', 42])).toBeUndefined();
  });
});
