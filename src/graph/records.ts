import type { Value } from '../db';

/** A node as resolvers see it: its stored properties, with list properties never null. */
export interface NodeRecord {
  readonly id: string;
  readonly name?: string;
  readonly aliases: string[];
  readonly sources: string[];
  readonly note?: string;
  readonly [property: string]: Value | undefined;
}

/** A relationship's properties (`sources` never null), as edges expose them. */
export interface RelRecord {
  readonly sources: string[];
  readonly note?: string;
  readonly [property: string]: Value | undefined;
}

/** One relationship seen from one end: the node at the other end and the relationship's properties. */
export interface EdgeRecord {
  readonly node: NodeRecord;
  readonly rel: RelRecord;
}

function asObject(value: Value | undefined, what: string): { [key: string]: Value } {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`Expected ${what} to be an object`);
  }
  return value;
}

/** The strings of a list value; frozen when the value is (changing a shared record's list then throws). */
function stringList(value: Value | undefined): string[] {
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (Object.isFrozen(value)) Object.freeze(list);
  return list;
}

/**
 * Records made from frozen port values (the read cache's answers: the same
 * frozen rows for every request that repeats a read). A frozen value cannot
 * change, so its record is made once, frozen too, and shared.
 */
const nodeRecords = new WeakMap<object, NodeRecord>();
const relRecords = new WeakMap<object, RelRecord>();

function madeOnce<R extends object>(
  kept: WeakMap<object, R>,
  value: { [key: string]: Value },
  make: (value: { [key: string]: Value }) => R,
): R {
  if (!Object.isFrozen(value)) return make(value);
  let record = kept.get(value);
  if (record === undefined) {
    record = Object.freeze(make(value));
    kept.set(value, record);
  }
  return record;
}

function nodeRecordOf(props: { [key: string]: Value }): NodeRecord {
  if (typeof props.id !== 'string') throw new TypeError('Expected a node with a string id');
  return { ...props, id: props.id, aliases: stringList(props.aliases), sources: stringList(props.sources) };
}

/** Turns a node value returned by the port into a `NodeRecord`. */
export function toNodeRecord(value: Value | undefined): NodeRecord {
  return madeOnce(nodeRecords, asObject(value, 'a node'), nodeRecordOf);
}

/** Turns a relationship value returned by the port into a `RelRecord`. */
export function toRelRecord(value: Value | undefined): RelRecord {
  return madeOnce(relRecords, asObject(value, 'a relationship'), (props) => ({
    ...props,
    sources: stringList(props.sources),
  }));
}
