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

function stringList(value: Value | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Turns a node value returned by the port into a `NodeRecord`. */
export function toNodeRecord(value: Value | undefined): NodeRecord {
  const props = asObject(value, 'a node');
  if (typeof props.id !== 'string') throw new TypeError('Expected a node with a string id');
  return { ...props, id: props.id, aliases: stringList(props.aliases), sources: stringList(props.sources) };
}

/** Turns a relationship value returned by the port into a `RelRecord`. */
export function toRelRecord(value: Value | undefined): RelRecord {
  const props = asObject(value, 'a relationship');
  return { ...props, sources: stringList(props.sources) };
}
