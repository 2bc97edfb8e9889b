import { getNullableType, getVariableValues, GraphQLError, isListType } from 'graphql';
import type { DocumentNode, GraphQLField, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { PAGE_SIZE } from '../page';
import { ErrorCode } from '../../errors';
import { LimitExceededError } from '../../errors/request-errors';
import { isPlumbing, readableCount } from './selections';

type Variables = Readonly<Record<string, unknown>>;

/**
 * How many items a list without paging arguments counts for, unless its field
 * declares `extensions.maxItems` (the graph statistics do): citation lists
 * (`sources` and `citations` of a node or edge) count once, because they cite
 * a handful of the few Source nodes, all fetched once per response by the
 * source loader, and hold one entry per cited passage (at most six in the seeds).
 */
export const SHORT_LIST_ITEMS = 1;

/** Sizes a field's arguments default to at run time (configuration), for the estimate. */
export interface CostDefaults {
  /** Nodes an exploration returns when `limit` is absent, and at most. */
  readonly limit: number;
  readonly maxLimit: number;
}

/**
 * How many items a field can return for each of its parents: a page of
 * `first`, `limit` nodes of an exploration (its `Graph` declares how many
 * edges each node may bring), the number of `ids`, or a short list's bound.
 * `args` are the field's arguments as execution will see them (literals,
 * variables and defaults applied).
 */
function fanOut(
  definition: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  defaults: CostDefaults,
): number {
  const has = (name: string): boolean => definition.args.some((a) => a.name === name);
  if (has('limit')) {
    // A field may declare its own bound (`extensions.maxLimit`: the timeline's entries); explorations share the
    // configured node maximum. Out of range, like `first`, is the resolver's BAD_USER_INPUT naming the argument.
    const own = definition.extensions.maxLimit;
    const max = typeof own === 'number' ? own : defaults.maxLimit;
    return typeof args.limit === 'number' ? Math.min(Math.max(args.limit, 0), max) : defaults.limit;
  }
  // An out-of-range `first` is clamped here: the resolver reports it as BAD_USER_INPUT naming the argument;
  // null, like an absent argument, means the default page size.
  if (has('first')) {
    return typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), PAGE_SIZE.max) : PAGE_SIZE.default;
  }
  if (Array.isArray(args.ids)) return args.ids.length;
  if (!isListType(getNullableType(definition.type))) return 1;
  const declared = definition.extensions.maxItems;
  return typeof declared === 'number' ? declared : SHORT_LIST_ITEMS;
}

/**
 * The project's estimator for graphql-query-complexity: every object-valued
 * field counts once per parent, a connection multiplies what is below it by
 * its page size (`first`, default 20), `nodes(ids)` by the number of ids;
 * scalars and introspection cost nothing. A field may state what each of its
 * items costs at least, whatever is selected below it (`costPerItem`): an
 * exploration's nodes and edges are read, and can be exported, even when only
 * `truncated` is asked for.
 */
function estimator(defaults: CostDefaults): ComplexityEstimator {
  return ({ field, node, type, args, childComplexity }) => {
    if (node.name.value.startsWith('__') || node.selectionSet === undefined) return 0;
    const plumbing = isPlumbing(node, type);
    const isList = isListType(getNullableType(field.type));
    const items = plumbing ? 1 : fanOut(field, args, defaults);
    const floor = field.extensions.costPerItem;
    const below = Math.max(childComplexity, typeof floor === 'number' ? floor : 0);
    return (isList || plumbing ? items : 1) + items * below;
  };
}

/**
 * Worst-case number of objects an operation's response can hold, computed by
 * graphql-query-complexity with the project's estimator (above). It walks
 * the operation as execution would: arguments from literals, variables and
 * their defaults, `@skip`/`@include` applied, the costliest of an abstract
 * type's possible types. It expands fragments, which the document guard
 * (`document-guard.ts`) has bounded before validation runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
  defaults: CostDefaults = { limit: 100, maxLimit: 500 },
): number {
  // Variables that do not coerce fail the whole request with BAD_USER_INPUT before any field runs: nothing to cost.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.coerced === undefined) return 0;
  return getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables,
    estimators: [estimator(defaults)],
  });
}

/** Costs kept per parsed document, by operation and variables; a document past this many variants starts afresh. */
const KEPT_COSTS_PER_DOCUMENT = 64;

/** The operation and its variables as text, or undefined when the variables nest too deep to write. */
function variablesKey(operation: OperationDefinitionNode, variables: Variables): string | undefined {
  try {
    return JSON.stringify([operation.name?.value ?? null, variables]);
  } catch {
    return undefined;
  }
}

/**
 * `operationCost`, remembered per parsed document: Apollo keeps one parsed
 * document per query text, so a query sent again (a client's or a
 * dashboard's) is costed once per operation and set of variables instead of
 * on every request. The estimate depends on nothing else.
 */
function rememberedCost(): typeof operationCost {
  const kept = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema, document, operation, variables = {}, defaults) => {
    const key = variablesKey(operation, variables);
    // Variables too deep to write as a key (a hostile request) are costed, and refused, as they come.
    if (key === undefined) return operationCost(schema, document, operation, variables, defaults);
    let costs = kept.get(document);
    const known = costs?.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(schema, document, operation, variables, defaults);
    if (costs === undefined || costs.size >= KEPT_COSTS_PER_DOCUMENT) {
      costs = new Map();
      kept.set(document, costs);
    }
    costs.set(key, cost);
    return cost;
  };
}

/** Rejects operations whose cost exceeds `max` before anything runs (variables are known by then). */
export function costLimitPlugin(max: number, defaults?: CostDefaults): ApolloServerPlugin {
  const cost = rememberedCost();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation === undefined) return;
          let estimate: number;
          try {
            estimate = cost(schema, document, operation, request.variables ?? {}, defaults);
          } catch (error) {
            // graphql-query-complexity stops at 10,000 selections expanded; the guard refuses far fewer, unless
            // MAX_SELECTIONS was raised past it.
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw new LimitExceededError(
                'The query expands to more selections than its cost can be estimated for; ask for less.',
                'cost',
                max,
              );
            }
            // An argument execution would refuse (a null variable for a non-null argument with a default): the
            // request is refused as a whole rather than costed without it.
            if (error instanceof GraphQLError) {
              const argument = /^Argument "([^"]+)"/.exec(error.message)?.[1] ?? 'variables';
              throw new GraphQLError(error.message, {
                extensions: { code: ErrorCode.BAD_USER_INPUT, argument, http: { status: 400 } },
              });
            }
            throw error;
          }
          if (estimate > max) {
            throw new LimitExceededError(
              `The query could return up to ${readableCount(estimate)} objects; the limit is ${max}. Ask for smaller pages (first) or fewer nested lists.`,
              'cost',
              max,
            );
          }
        },
      };
    },
  };
}
