import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from 'graphql';
import { HOSTILE_STRINGS } from './schema-targets';
import { looksLikeLeak } from './support';

/**
 * fast-check arbitraries derived from the schema: argument values from
 * their input types (hostile strings, the whole 32-bit range and beyond,
 * long lists, filters from an input type's fields), and whole query
 * documents walked from the output types.
 */

/** Ids the graph holds, so that generated lookups also reach real nodes. */
const REAL_IDS = ['city:hanoi', 'city:jakarta', 'city:cebu-city', 'network:ascn', 'member-state:vn', 'summit:x'];

/** Any text an answer could echo without tripping the leak check by itself. */
const text = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 2, arbitrary: fc.constantFrom(...REAL_IDS) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom('city', 'person', 'x'), fc.string()).map(([l, s]) => `${l}:${s}`),
      },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', '2019', '2019-08-23', '-0001-13-40', 'hanoi jakarta') },
    )
    .filter((s) => !looksLikeLeak(s));

const int = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -5, max: 600 }),
    fc.integer(),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e21),
    fc.maxSafeInteger(),
  );

const float = (): fc.Arbitrary<number> =>
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1900, max: 2100 }));

/** How values are drawn: `noise` mixes in values of other JSON types; lists hold at most `maxList` items. */
export interface ValueOptions {
  readonly noise: boolean;
  readonly maxList: number;
}

/** A value of the named input type (or, now and then with `noise`, of some other JSON type). */
function namedValue(type: GraphQLNamedType, options: ValueOptions): fc.Arbitrary<unknown> {
  let typed: fc.Arbitrary<unknown>;
  if (isEnumType(type)) typed = fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), text());
  else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const nested = { ...options, maxList: Math.min(options.maxList, 5) };
    const model = Object.fromEntries(fields.map((f) => [f.name, inputValue(f.type, nested)]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    typed = fc.record(model, { requiredKeys });
  } else if (type.name === 'Int') typed = int();
  else if (type.name === 'Float') typed = float();
  else if (type.name === 'Boolean') typed = fc.boolean();
  else typed = text();
  return options.noise
    ? fc.oneof({ weight: 9, arbitrary: typed }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) })
    : typed;
}

/** A value of an input type: lists of up to `maxList` items, null now and then where the type allows it. */
export function inputValue(
  type: GraphQLInputType,
  options: ValueOptions = { noise: true, maxList: 200 },
): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const value = isListType(inner)
    ? fc.array(inputValue(inner.ofType, { ...options, maxList: Math.min(options.maxList, 5) }), {
        maxLength: options.maxList,
      })
    : namedValue(inner, options);
  return isNonNullType(type) ? value : fc.option(value, { nil: null, freq: 8 });
}

/** `value` written as a GraphQL literal of `type` (strings escaped as JSON, which GraphQL reads the same). */
export function literal(type: GraphQLInputType, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner))
    return Array.isArray(value)
      ? `[${value.map((v) => literal(inner.ofType, v)).join(', ')}]`
      : literal(inner.ofType, value);
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => fields[k] !== undefined);
    const written = entries.map(([k, v]) => `${k}: ${fields[k] === undefined ? 'null' : literal(fields[k].type, v)}`);
    return `{ ${written.join(', ')} }`;
  }
  if (isEnumType(inner) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(String(value));
}

const ALIASES = ['a', 'b', 'x1', 'node', 'id', 'totalCount', '__a'];

/** Arguments of `field` as literals: the required ones always (with any value), the others now and then. */
function argumentsArb(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
  if (field.args.length === 0) return fc.constant('');
  const parts = field.args.map((arg) => {
    const given = inputValue(arg.type, { noise: false, maxList: 8 }).map((v) => `${arg.name}: ${literal(arg.type, v)}`);
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    return required ? given : fc.option(given, { nil: '', freq: 2 });
  });
  return fc.tuple(...parts).map((p) => {
    const given = p.filter((s) => s !== '');
    return given.length === 0 ? '' : `(${given.join(', ')})`;
  });
}

/**
 * A selection set on `type`, at most `depth` object levels deep, with
 * random aliases, arguments and `@include` directives: up to `width` fields
 * here and one field (besides `__typename`) on each level below, so a
 * document stays a few dozen fields.
 */
export function selectionArb(type: GraphQLNamedType, depth: number, width = 1): fc.Arbitrary<string> {
  const below = (named: GraphQLNamedType): fc.Arbitrary<string> =>
    depth > 0 ? selectionArb(named, depth - 1) : fc.constant('{ __typename }');
  if (isUnionType(type)) {
    return fc
      .constantFrom(...type.getTypes())
      .chain((member) => below(member).map((inner) => `{ __typename ... on ${member.name} ${inner} }`));
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant('');
  const one = fc.constantFrom(...Object.values(type.getFields())).chain((field) => {
    const named = getNamedType(field.type);
    return fc
      .tuple(
        fc.option(fc.constantFrom(...ALIASES), { nil: undefined, freq: 3 }),
        argumentsArb(field),
        fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
        isCompositeType(named) ? below(named) : fc.constant(''),
      )
      .map(([alias, args, include, inner]) => {
        const directive = include === undefined ? '' : ` @include(if: ${include})`;
        return `${alias === undefined ? '' : `${alias}: `}${field.name}${args}${directive} ${inner}`;
      });
  });
  return fc.array(one, { minLength: 1, maxLength: width }).map((parts) => `{ __typename ${parts.join(' ')} }`);
}

/** A whole query document from the root, 1 to 10 levels deep. */
export const documentArb = (schema: GraphQLSchema): fc.Arbitrary<string> => {
  const query = schema.getQueryType();
  if (query === null || query === undefined) throw new Error('the schema has no Query type');
  return fc
    .integer({ min: 1, max: 10 })
    .chain((depth) => selectionArb(query, depth, 3))
    .map((selection) => `query Random ${selection}`);
};
