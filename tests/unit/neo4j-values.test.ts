import {
  Date as Neo4jDate,
  DateTime,
  Duration,
  LocalDateTime,
  LocalTime,
  Node,
  Path,
  PathSegment,
  Point,
  Record as Neo4jRecord,
  Relationship,
  Time,
  int,
} from 'neo4j-driver';
import { recordToRow, toPlainValue } from '../../src/db/neo4j/neo4j-values';

const hanoi = new Node(
  int(1),
  ['City'],
  { id: 'city:hanoi', name: 'Hà Nội', pilot: true, aliases: ['Hanoi'] },
  '4:x:1',
);
const vietnam = new Node(int(2), ['MemberState'], { id: 'state:vn', name: 'Viet Nam' }, '4:x:2');
const ascn = new Node(int(3), ['Network'], { id: 'network:ascn', name: 'ASCN' }, '4:x:3');
const locatedIn = new Relationship(int(10), int(1), int(2), 'LOCATED_IN', { sources: ['source:gk'] }, '5:x:10');
const memberOf = new Relationship(
  int(11),
  int(1),
  int(3),
  'MEMBER_OF',
  { since: '2018', role: 'pilot city' },
  '5:x:11',
);

describe('toPlainValue', () => {
  it('returns integers as numbers, and as strings beyond 2^53 so no digit is lost', () => {
    expect(toPlainValue(int(42))).toBe(42);
    expect(toPlainValue(int(-7))).toBe(-7);
    expect(toPlainValue(int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toPlainValue(int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlainValue(int('-9223372036854775808'))).toBe('-9223372036854775808');
  });

  it('returns bigints (driver option useBigInt) the same way', () => {
    expect(toPlainValue(BigInt(12))).toBe(12);
    expect(toPlainValue(BigInt('9007199254740993'))).toBe('9007199254740993');
  });

  it('keeps floats, strings, booleans and null as they are', () => {
    expect(toPlainValue(1.5)).toBe(1.5);
    expect(toPlainValue('O\'Neil "quoted" Hà Nội')).toBe('O\'Neil "quoted" Hà Nội');
    expect(toPlainValue(false)).toBe(false);
    expect(toPlainValue(null)).toBeNull();
    expect(toPlainValue(undefined)).toBeNull();
  });

  it('returns a Date as YYYY-MM-DD, like the embedded engine does', () => {
    expect(toPlainValue(new Neo4jDate(2018, 7, 8))).toBe('2018-07-08');
    expect(toPlainValue(new Neo4jDate(int(2018), int(4), int(28)))).toBe('2018-04-28');
  });

  it('returns other temporal values as ISO-8601 strings', () => {
    expect(toPlainValue(new DateTime(2018, 7, 8, 10, 30, 0, 0, 7 * 3600))).toBe('2018-07-08T10:30:00+07:00');
    expect(toPlainValue(new DateTime(2018, 7, 8, 10, 30, 0, 0, undefined, 'Asia/Singapore'))).toBe(
      '2018-07-08T10:30:00[Asia/Singapore]',
    );
    expect(toPlainValue(new LocalDateTime(2018, 7, 8, 10, 30, 5, 0))).toBe('2018-07-08T10:30:05');
    expect(toPlainValue(new Time(10, 30, 0, 0, 8 * 3600))).toBe('10:30:00+08:00');
    expect(toPlainValue(new LocalTime(9, 0, 0, 0))).toBe('09:00:00');
    expect(toPlainValue(new Duration(14, 3, 60, 0))).toBe('P14M3DT60S');
  });

  it('returns a node as the plain object of its properties (no labels, no internal ids)', () => {
    expect(toPlainValue(hanoi)).toStrictEqual({ id: 'city:hanoi', name: 'Hà Nội', pilot: true, aliases: ['Hanoi'] });
  });

  it('converts property values inside nodes and relationships', () => {
    const summit = new Node(int(4), ['Summit'], {
      id: 'summit:asean-32',
      ordinal: int(32),
      held: new Neo4jDate(2018, 4, 28),
    });
    expect(toPlainValue(summit)).toStrictEqual({ id: 'summit:asean-32', ordinal: 32, held: '2018-04-28' });
    const serves = new Relationship(int(12), int(5), int(1), 'SERVES', { position: int(2) });
    expect(toPlainValue(serves)).toStrictEqual({ position: 2, _type: 'SERVES' });
  });

  it('returns a relationship as the plain object of its properties and its type', () => {
    expect(toPlainValue(locatedIn)).toStrictEqual({ sources: ['source:gk'], _type: 'LOCATED_IN' });
  });

  it('returns a path as its nodes in order and its relationships', () => {
    // vietnam <-LOCATED_IN- hanoi -MEMBER_OF-> ascn, walked from vietnam.
    const path = new Path(vietnam, ascn, [
      new PathSegment(vietnam, locatedIn, hanoi),
      new PathSegment(hanoi, memberOf, ascn),
    ]);
    expect(toPlainValue(path)).toStrictEqual({
      nodes: [
        { id: 'state:vn', name: 'Viet Nam' },
        { id: 'city:hanoi', name: 'Hà Nội', pilot: true, aliases: ['Hanoi'] },
        { id: 'network:ascn', name: 'ASCN' },
      ],
      relationships: [
        { sources: ['source:gk'], _type: 'LOCATED_IN' },
        { since: '2018', role: 'pilot city', _type: 'MEMBER_OF' },
      ],
    });
  });

  it('returns a zero-length path as its one node', () => {
    expect(toPlainValue(new Path(hanoi, hanoi, []))).toStrictEqual({
      nodes: [{ id: 'city:hanoi', name: 'Hà Nội', pilot: true, aliases: ['Hanoi'] }],
      relationships: [],
    });
  });

  it('converts lists and maps recursively, keeping null map entries', () => {
    const value = { city: hanoi, counts: [int(1), int(2)], nested: { when: new Neo4jDate(2019, 1, 1), none: null } };
    expect(toPlainValue(value)).toStrictEqual({
      city: { id: 'city:hanoi', name: 'Hà Nội', pilot: true, aliases: ['Hanoi'] },
      counts: [1, 2],
      nested: { when: '2019-01-01', none: null },
    });
  });

  it('returns a point as srid and coordinates', () => {
    expect(toPlainValue(new Point(int(4326), 105.85, 21.03))).toStrictEqual({ srid: 4326, x: 105.85, y: 21.03 });
    expect(toPlainValue(new Point(int(4979), 1, 2, 3))).toStrictEqual({ srid: 4979, x: 1, y: 2, z: 3 });
  });

  it('leaves no driver object behind: the result survives JSON', () => {
    const plain = toPlainValue([hanoi, int(3), new Neo4jDate(2018, 7, 8)]);
    expect(JSON.parse(JSON.stringify(plain))).toStrictEqual(plain);
  });
});

describe('recordToRow', () => {
  it('keys the row by the RETURN columns, values converted', () => {
    const record = new Neo4jRecord(['city', 'count', 'since'], [hanoi, int(26), null]);
    expect(recordToRow(record)).toStrictEqual({
      city: { id: 'city:hanoi', name: 'Hà Nội', pilot: true, aliases: ['Hanoi'] },
      count: 26,
      since: null,
    });
  });
});
