/**
 * The comparison behind every script's change report, on plain values as
 * both adapters produce them: it is the same code for Kùzu and Neo4j, so
 * this is what the Neo4j adapter's report rests on where no server runs.
 */
import { RELATIONSHIP_TYPE_KEY } from '../../src/db/port';
import type { EntityRef, Value } from '../../src/db/port';
import { addToSnapshot, batchResult, diffSnapshots } from '../../src/db/script-changes';
import type { Snapshot } from '../../src/db/script-changes';

const node = (id: string): EntityRef => ({ kind: 'node', id });
const rel = (type: string, from: string, to: string): EntityRef => ({ kind: 'relationship', type, from, to });

function reading(entries: [EntityRef, Record<string, Value>][]): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const [entity, value] of entries) addToSnapshot(snapshot, entity, value);
  return snapshot;
}

describe('diffSnapshots', () => {
  const hanoi = node('city:hanoi');
  const locatedIn = rel('LOCATED_IN', 'city:hanoi', 'state:vn');
  const before = reading([
    [hanoi, { id: 'city:hanoi', name: 'Hanoi', aliases: ['Ha Noi'], pilot: true, note: 'x' }],
    [node('state:vn'), { id: 'state:vn', name: 'Viet Nam' }],
    [locatedIn, { sources: ['source:a'], [RELATIONSHIP_TYPE_KEY]: 'LOCATED_IN' }],
  ]);

  it('finds nothing between equal readings, whatever the order of their properties', () => {
    const same = reading([
      [locatedIn, { [RELATIONSHIP_TYPE_KEY]: 'LOCATED_IN', sources: ['source:a'] }],
      [node('state:vn'), { name: 'Viet Nam', id: 'state:vn' }],
      [hanoi, { note: 'x', pilot: true, aliases: ['Ha Noi'], name: 'Hanoi', id: 'city:hanoi' }],
    ]);
    expect(diffSnapshots(before, same)).toEqual([]);
    expect(batchResult(before, same).counters).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    });
  });

  it('lists changed values by property name, a null as no value, lists as whole values', () => {
    const after = reading([
      [hanoi, { id: 'city:hanoi', name: 'Ha Noi', aliases: ['Ha Noi', 'HN'], pilot: true, note: null }],
      [node('state:vn'), { id: 'state:vn', name: 'Viet Nam' }],
      [locatedIn, { sources: ['source:a#L4'], [RELATIONSHIP_TYPE_KEY]: 'LOCATED_IN' }],
    ]);
    expect(diffSnapshots(before, after)).toEqual([
      {
        change: 'changed',
        entity: hanoi,
        properties: [
          { name: 'aliases', before: ['Ha Noi'], after: ['Ha Noi', 'HN'] },
          { name: 'name', before: 'Hanoi', after: 'Ha Noi' },
          { name: 'note', before: 'x', after: null },
        ],
      },
      {
        change: 'changed',
        entity: locatedIn,
        properties: [{ name: 'sources', before: ['source:a'], after: ['source:a#L4'] }],
      },
    ]);
  });

  it('tells a number from a string and 1 from 1.5, and sees a list reordered', () => {
    const a = reading([[node('metric:m'), { id: 'metric:m', value: 1, year: 2018, items: ['a', 'b'] }]]);
    const b = reading([[node('metric:m'), { id: 'metric:m', value: 1.5, year: '2018', items: ['b', 'a'] }]]);
    expect(diffSnapshots(a, b)[0]?.properties.map((p) => p.name)).toEqual(['items', 'value', 'year']);
  });

  it('lists created and deleted nodes and relationships, nodes first, created before deleted, by id', () => {
    const after = reading([
      [hanoi, { id: 'city:hanoi', name: 'Hanoi', aliases: ['Ha Noi'], pilot: true, note: 'x' }],
      [node('city:new'), { id: 'city:new', name: 'New' }],
      [node('city:another'), { id: 'city:another' }],
      [rel('LOCATED_IN', 'city:new', 'state:new'), { sources: ['s'] }],
      [node('state:new'), { id: 'state:new' }],
    ]);
    const changes = diffSnapshots(before, after);
    expect(changes.map((c) => [c.change, c.entity])).toEqual([
      ['created', node('city:another')],
      ['created', node('city:new')],
      ['created', node('state:new')],
      ['deleted', node('state:vn')],
      ['created', rel('LOCATED_IN', 'city:new', 'state:new')],
      ['deleted', locatedIn],
    ]);
    // A created entity lists every property it has, a deleted one every property it had.
    expect(changes[1]?.properties).toEqual([
      { name: 'id', before: null, after: 'city:new' },
      { name: 'name', before: null, after: 'New' },
    ]);
    expect(changes[5]?.properties).toEqual([{ name: 'sources', before: ['source:a'], after: null }]);
    expect(batchResult(before, after).counters).toEqual({
      nodesCreated: 3,
      nodesDeleted: 1,
      relationshipsCreated: 1,
      relationshipsDeleted: 1,
      propertiesSet: 5,
    });
  });

  it('keys relationships by type and both ends, so the same ends under another type are another relationship', () => {
    const a = reading([[rel('PART_OF', 'x:1', 'x:2'), {}]]);
    const b = reading([[rel('MEMBER_OF', 'x:1', 'x:2'), {}]]);
    expect(diffSnapshots(a, b).map((c) => c.change)).toEqual(['created', 'deleted']);
  });
});
