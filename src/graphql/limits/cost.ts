import { getNullableType, getVariableValues, isListType, valueFromAST } from 'graphql';
import type { DocumentNode, FieldNode, GraphQLField, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { PAGE_SIZE } from '../page';
import { LimitExceededError } from '../../errors/request-errors';
import { isPlumbing, readableCount, selectionFolder } from './selections';

type Variables = Readonly<Record<string, unknown>>;

/**
 * How many items a list without paging arguments counts for, unless its field
 * declares `extensions.maxItems` (the graph statistics do): citation lists
 * (`sources` of a node or edge) count once, because they cite a handful of
 * the few Source nodes, all fetched once per response by the source loader.
 */
export const SHORT_LIST_ITEMS = 1;

function argument(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  name: string,
  variables: Variables,
): unknown {
  const node = field.arguments?.find((a) => a.name.value === name);
  const arg = definition.args.find((a) => a.name === name);
  if (arg === undefined) return undefined;
  if (node === undefined) return arg.defaultValue;
  return valueFromAST(node.value, arg.type, variables as Record<string, unknown>);
}

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
 */
function fanOut(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  variables: Variables,
  defaults: CostDefaults,
): number {
  if (definition === undefined) return 1;
  if (definition.args.some((a) => a.name === 'limit')) {
    const limit = argument(field, definition, 'limit', variables);
    // Out of range, like `first`, is the resolver's BAD_USER_INPUT naming the argument.
    return typeof limit === 'number' ? Math.min(Math.max(limit, 0), defaults.maxLimit) : defaults.limit;
  }
  const first = argument(field, definition, 'first', variables);
  // An out-of-range `first` is clamped here: the resolver reports it as BAD_USER_INPUT naming the argument;
  // null, like an absent argument, means the default page size.
  if (definition.args.some((a) => a.name === 'first')) {
    return typeof first === 'number' ? Math.min(Math.max(first, 0), PAGE_SIZE.max) : PAGE_SIZE.default;
  }
  const ids = argument(field, definition, 'ids', variables);
  if (Array.isArray(ids)) return ids.length;
  if (!isListType(getNullableType(definition.type))) return 1;
  const declared = definition.extensions.maxItems;
  return typeof declared === 'number' ? declared : SHORT_LIST_ITEMS;
}

/**
 * Worst-case number of objects an operation's response can hold: every
 * object-valued field counts once per parent, a connection multiplies what
 * is below it by its page size (`first`, default 20), and `nodes(ids)` by the
 * number of ids. Arguments are read as execution will read them: literals,
 * variables and variables' defaults alike. Fragments are valued once each
 * (the cost is linear in the number of parents, so a fragment's cost for one
 * parent is remembered and multiplied).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
  defaults: CostDefaults = { limit: 100, maxLimit: 500 },
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Variables that do not coerce fail the request before anything runs; value them as absent.
  const values = coerced.coerced ?? {};
  const cost = selectionFolder<number>(schema, document, {
    empty: 0,
    combine: (a, b) => a + b,
    field: (field, definition, parent, inner) => {
      if (field.name.value.startsWith('__') || field.selectionSet === undefined) return 0;
      const plumbing = isPlumbing(field, parent);
      const isList = definition !== undefined && isListType(getNullableType(definition.type));
      const items = plumbing ? 1 : fanOut(field, definition, values, defaults);
      // A field may state what each of its items costs at least, whatever is selected below it: an
      // exploration's nodes and edges are read (and can be exported) even when only `truncated` is asked for.
      const floor = definition?.extensions.costPerItem;
      const below = Math.max(inner(), typeof floor === 'number' ? floor : 0);
      return (isList || plumbing ? items : 1) + items * below;
    },
  });
  return cost(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** Rejects operations whose cost exceeds `max` before anything runs (variables are known by then). */
export function costLimitPlugin(max: number, defaults?: CostDefaults): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation === undefined) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}, defaults);
          if (cost > max) {
            throw new LimitExceededError(
              `The query could return up to ${readableCount(cost)} objects; the limit is ${max}. Ask for smaller pages (first) or fewer nested lists.`,
              'cost',
              max,
            );
          }
        },
      };
    },
  };
}
