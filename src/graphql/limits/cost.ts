import { Kind, isListType, getNullableType, valueFromAST } from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  FieldNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { PAGE_SIZE } from '../page';
import { LimitExceededError } from '../errors';
import { fieldType, forEachField, isPlumbing } from './selections';

type Variables = Readonly<Record<string, unknown>>;

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

/** How many items a field can return for each of its parents. */
function fanOut(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  variables: Variables,
): number {
  if (definition === undefined) return 1;
  const first = argument(field, definition, 'first', variables);
  // An out-of-range `first` is clamped here: the resolver reports it as BAD_USER_INPUT naming the argument.
  if (definition.args.some((a) => a.name === 'first')) {
    return typeof first === 'number' ? Math.min(Math.max(first, 0), PAGE_SIZE.max) : PAGE_SIZE.default;
  }
  const ids = argument(field, definition, 'ids', variables);
  if (Array.isArray(ids)) return ids.length;
  // Other lists (sources, aliases, statistics) are short: a handful of items each.
  return 1;
}

function costOf(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  multiplier: number,
  variables: Variables,
  seen: ReadonlySet<string> = new Set(),
): number {
  let cost = 0;
  forEachField(
    schema,
    fragments,
    set,
    parent,
    (field, definition, at, path) => {
      if (field.name.value.startsWith('__') || field.selectionSet === undefined) return;
      const isList = definition !== undefined && isListType(getNullableType(definition.type));
      const items = isPlumbing(field, at) ? multiplier : multiplier * fanOut(field, definition, variables);
      cost += isList || isPlumbing(field, at) ? items : multiplier;
      cost += costOf(schema, fragments, field.selectionSet, fieldType(definition), items, variables, path);
    },
    seen,
  );
  return cost;
}

/**
 * Worst-case number of objects an operation's response can hold: every
 * object-valued field counts once per parent, and a connection multiplies
 * what is below it by its page size (`first`, default 20); `nodes(ids)` by
 * the number of ids.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const root = schema.getRootType(operation.operation) ?? undefined;
  return costOf(schema, fragments, operation.selectionSet, root, 1, variables);
}

/** Rejects operations whose cost exceeds `max` before anything runs (variables are known by then). */
export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation === undefined) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > max) {
            throw new LimitExceededError(
              `The query could return up to ${cost} objects; the limit is ${max}. Ask for smaller pages (first) or fewer nested lists.`,
              'cost',
              max,
            );
          }
        },
      };
    },
  };
}
