import type { EntityChange } from '../../src/db';
import { briefValue, describeChange, describeChanges, describeProperty, listChanges } from '../../src/seed';

/** How the seed command prints changes: short enough to read when a file changes a lot. */
const changed = (id: string, properties: EntityChange['properties']): EntityChange => ({
  change: 'changed',
  entity: { kind: 'node', id },
  properties,
});

describe('seed change report', () => {
  it('shows values briefly: strings quoted and cut, lists bracketed, no value as (none)', () => {
    expect(briefValue('Hanoi')).toBe("'Hanoi'");
    expect(briefValue("Xi'an\nline")).toBe("'Xi\\'an\\nline'");
    const long = briefValue('x'.repeat(200));
    expect(long).toHaveLength(62);
    expect(long.endsWith("…'")).toBe(true);
    expect(briefValue(['a', 'b', 'c', 'd', 'e'])).toBe("['a', 'b', 'c', … 2 more]");
    expect(briefValue(null)).toBe('(none)');
    expect(briefValue(30000000)).toBe('30000000');
    expect(briefValue(true)).toBe('true');
  });

  it('shows a list by what it lost and gained, and a list that only changed order as reordered', () => {
    expect(describeProperty({ name: 'sources', before: ['s:a', 's:b'], after: ['s:b', 's:a#L4'] })).toBe(
      "sources -'s:a' +'s:a#L4'",
    );
    expect(describeProperty({ name: 'aliases', before: ['A', 'B'], after: ['B', 'A'] })).toBe('aliases reordered');
    const many = Array.from({ length: 6 }, (_, i) => `s:${i}`);
    expect(describeProperty({ name: 'sources', before: [], after: many })).toBe("sources +'s:0' +'s:1' +'s:2' +3 more");
    expect(describeProperty({ name: 'position', before: 1, after: null })).toBe('position 1 → (none)');
  });

  it('lists at most four properties on a line and a limited number of lines per file', () => {
    const properties = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name, before: 1, after: 2 }));
    expect(describeChange(changed('city:x', properties))).toBe(
      '~ node city:x: a 1 → 2; b 1 → 2; c 1 → 2; d 1 → 2; and 2 more properties',
    );
    const changes = Array.from({ length: 25 }, (_, i) => changed(`city:${i}`, [{ name: 'n', before: 1, after: 2 }]));
    const lines = listChanges(changes);
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('… and 5 more');
    expect(listChanges(changes, { limit: Infinity })).toHaveLength(25);
  });

  it('sums up creations, changes and deletions in one line', () => {
    const changes: EntityChange[] = [
      { change: 'created', entity: { kind: 'node', id: 'city:new' }, properties: [] },
      changed('city:a', [
        { name: 'name', before: 'A', after: 'B' },
        { name: 'note', before: 'n', after: null },
      ]),
      {
        change: 'changed',
        entity: { kind: 'relationship', type: 'LOCATED_IN', from: 'city:a', to: 'state:x' },
        properties: [{ name: 'sources', before: ['s'], after: ['t'] }],
      },
      {
        change: 'deleted',
        entity: { kind: 'relationship', type: 'LOCATED_IN', from: 'city:b', to: 'state:x' },
        properties: [],
      },
    ];
    expect(describeChanges(changes)).toBe('+1 node, 3 properties of 1 node and 1 relationship, -1 relationship');
    expect(changes.map(describeChange)).toEqual([
      '+ node city:new',
      "~ node city:a: name 'A' → 'B'; note 'n' → (none)",
      "~ LOCATED_IN city:a -> state:x: sources -'s' +'t'",
      '- LOCATED_IN city:b -> state:x',
    ]);
    expect(describeChanges([])).toBe('nothing changed');
  });
});
