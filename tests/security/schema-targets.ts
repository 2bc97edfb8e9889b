import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
} from 'graphql';
import { ROOT } from '../support/server-process';

/** Strings that look like Cypher, SQL or full-text query syntax, sent wherever the API takes a string or an id. */
export const HOSTILE_STRINGS: readonly string[] = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '\\" RETURN 1 //',
  "city:hanoi' }) RETURN n //",
  'city:hanoi` }) DETACH DELETE n //',
  "') CALL drop_fts_index('Node', 'search') //",
  '*:*',
  'name:* OR id:*',
  '"unterminated',
  '~',
  'AND OR NOT',
  '\\',
  '$param',
  '{',
  '%00',
  'a\u0000b',
];

/** Required arguments get these, so that only the argument under test is hostile. */
const PLACEHOLDER_IDS: Record<string, string> = { from: 'city:hanoi', to: 'city:jakarta' };

export const rootFields = (schema: GraphQLSchema): GraphQLField<unknown, unknown>[] =>
  Object.values(schema.getQueryType()?.getFields() ?? {});

/** A literal for a required argument that is not under test (a valid value of its type). */
export function placeholder(arg: GraphQLArgument): string {
  const named = getNamedType(arg.type).name;
  const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
  const one = named === 'ID' ? (PLACEHOLDER_IDS[arg.name] ?? 'city:hanoi') : named === 'String' ? 'city' : '1';
  const literal = named === 'Int' || named === 'Float' ? one : JSON.stringify(one);
  return list ? `[${literal}]` : literal;
}

/** Required arguments (non-null, no default) except `skip`, as `name: literal` pairs. */
export function requiredArguments(field: GraphQLField<unknown, unknown>, skip: readonly string[]): string[] {
  return field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && !skip.includes(a.name))
    .map((a) => `${a.name}: ${placeholder(a)}`);
}

/**
 * A small selection that makes the resolver do its work: the leaf fields
 * without required arguments, and `{ __typename }` under object fields that
 * take no arguments (`nodes`, `edges`, `pageInfo`, …).
 */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isCompositeType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (field.args.length === 0) parts.push(`${field.name} { __typename }`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Where a string goes: an argument of a root field, or a field of its filter input. */
export interface StringSlot {
  /** `city(id)`, `cities(filter.nameContains)`, … */
  readonly name: string;
  readonly query: string;
  /** The variables carrying `value` to the slot. */
  readonly variables: (value: string) => Record<string, unknown>;
}

const typeText = (type: GraphQLInputType): string => String(type);
const isStringLike = (type: GraphQLInputType): boolean => ['String', 'ID'].includes(getNamedType(type).name);
const wrapValue = (type: GraphQLInputType, value: string): unknown =>
  isListType(isNonNullType(type) ? type.ofType : type) ? [value] : value;

/** Every String and ID argument of every root field, and every String and ID field of their input objects. */
export function stringSlots(schema: GraphQLSchema): StringSlot[] {
  const slots: StringSlot[] = [];
  for (const field of rootFields(schema)) {
    const selection = selectionFor(field.type);
    for (const arg of field.args) {
      const others = requiredArguments(field, [arg.name]);
      const call = (variableType: string): string =>
        `query ($v: ${variableType}) { ${field.name}(${[`${arg.name}: $v`, ...others].join(', ')}) ${selection} }`;
      if (isStringLike(arg.type)) {
        slots.push({
          name: `${field.name}(${arg.name})`,
          query: call(typeText(arg.type)),
          variables: (value) => ({ v: wrapValue(arg.type, value) }),
        });
      }
      const input = getNamedType(arg.type);
      if (!isInputObjectType(input)) continue;
      for (const inputField of Object.values(input.getFields())) {
        if (!isStringLike(inputField.type)) continue;
        slots.push({
          name: `${field.name}(${arg.name}.${inputField.name})`,
          query: call(input.name),
          variables: (value) => ({ v: { [inputField.name]: wrapValue(inputField.type, value) } }),
        });
      }
    }
  }
  return slots;
}

/** Fields under `type` that lead on to objects (connection plumbing aside). */
function onwardFields(type: GraphQLNamedType): GraphQLField<unknown, unknown>[] {
  if (!isObjectType(type) && !isInterfaceType(type)) return [];
  return Object.values(type.getFields()).filter(
    (f) => !['edges', 'node', 'nodes', 'pageInfo'].includes(f.name) && isCompositeType(getNamedType(f.type)),
  );
}

function nested(type: GraphQLNamedType, levels: number, turn: number): string {
  const fields = onwardFields(type);
  const next = fields[turn % Math.max(1, fields.length)];
  if (levels === 0 || next === undefined) return '__typename';
  const args = [...requiredArguments(next, []), ...(next.args.some((a) => a.name === 'first') ? ['first: 1'] : [])];
  const call = args.length > 0 ? `${next.name}(${args.join(', ')})` : next.name;
  let inner = getNamedType(next.type);
  const nodes = isObjectType(inner) ? inner.getFields().nodes : undefined;
  if (nodes !== undefined) inner = getNamedType(nodes.type);
  const body = nested(inner, levels - 1, turn + 1);
  return nodes !== undefined ? `${call} { nodes { ${body} } }` : `${call} { ${body} }`;
}

/**
 * A query nested `levels` object fields deep below `city`, taking a
 * different onward field at each level, one item per page (so only the
 * depth limit, not the cost limit, is at stake).
 */
export const deepQuery = (schema: GraphQLSchema, levels: number): string => {
  const city = schema.getType('City');
  return `{ city(id: "city:hanoi") { ${city === undefined ? '__typename' : nested(city, levels, 0)} } }`;
};

/** The committed SDL as a schema, synchronously, so that test tables can be built when the file loads. */
export const sdlSchema = (): GraphQLSchema =>
  buildSchema(fs.readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
