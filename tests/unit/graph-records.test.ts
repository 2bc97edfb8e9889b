import { toNodeRecord, toRelRecord } from '../../src/graph/records';

/** Records from port values: list properties never null; a frozen value (a read-cache answer) gives one shared, frozen record. */
describe('records', () => {
  const hanoi = () => ({ id: 'city:hanoi', name: 'Hanoi', aliases: ['Ha Noi', 7], sources: ['source:a'] });
  /** Freezes a value and the lists in it, as the read cache freezes its rows. */
  const frozen = <T extends object>(value: T): T => {
    for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) Object.freeze(inner);
    return Object.freeze(value);
  };

  it('keeps the strings of list properties and makes missing lists empty', () => {
    expect(toNodeRecord(hanoi())).toEqual({ ...hanoi(), aliases: ['Ha Noi'] });
    expect(toNodeRecord({ id: 'city:x' })).toEqual({ id: 'city:x', aliases: [], sources: [] });
    expect(toRelRecord({ note: 'n' })).toEqual({ note: 'n', sources: [] });
    expect(() => toNodeRecord({ name: 'no id' })).toThrow(/string id/);
  });

  it('makes a new record for each value that can still change', () => {
    const value = hanoi();
    expect(toNodeRecord(value)).not.toBe(toNodeRecord(value));
    expect(Object.isFrozen(toNodeRecord(value))).toBe(false);
  });

  it('makes the record of a frozen value once, frozen with its lists', () => {
    const value = frozen({ ...hanoi(), aliases: ['Ha Noi'] });
    const record = toNodeRecord(value);
    expect(toNodeRecord(value)).toBe(record);
    expect(Object.isFrozen(record) && Object.isFrozen(record.aliases) && Object.isFrozen(record.sources)).toBe(true);
    expect(() => record.sources.push('source:b')).toThrow(TypeError);
    const rel = frozen({ sources: ['source:a'], position: 1 });
    expect(toRelRecord(rel)).toBe(toRelRecord(rel));
  });
});
