import { GraphQLError, Kind, parse } from 'graphql';
import type { DocumentNode, GraphQLSchema, SelectionSetNode } from 'graphql';
import { LimitExceededError } from '../../errors/request-errors';
import { fragmentsOf, readableCount, selectionFolder } from './selections';

/**
 * Checks that run between parsing and GraphQL's own validation, because some
 * of GraphQL's rules walk every expansion of a document's fragments: a few
 * hundred bytes of fragments that spread each other twice per level, or a
 * clique of fragments that spread one another, under `__schema`, keep
 * graphql-js's introspection-depth rule busy for seconds to minutes, and
 * many copies of one field make its overlapping-fields rule quadratic. Each
 * check here is linear in the document's size (fragments are valued once).
 */

/** The first fragment cycle, as the names around it; undefined when there is none. */
export function fragmentCycle(document: DocumentNode): string[] | undefined {
  const fragments = fragmentsOf(document);
  const spreadsOf = (set: SelectionSetNode, into: Set<string>): Set<string> => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) into.add(selection.name.value);
      else if (selection.selectionSet !== undefined) spreadsOf(selection.selectionSet, into);
    }
    return into;
  };
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done' || !fragments.has(name)) return undefined;
    if (state.get(name) === 'open') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'open');
    path.push(name);
    for (const next of spreadsOf((fragments.get(name) as { selectionSet: SelectionSetNode }).selectionSet, new Set())) {
      const cycle = visit(next);
      if (cycle !== undefined) return cycle;
    }
    path.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of fragments.keys()) {
    const cycle = visit(name);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

/** Field selections once fragments are spread, and the most times one response key repeats in one selection set. */
function measure(schema: GraphQLSchema, document: DocumentNode): { selections: number; repeats: number } {
  let repeats = 0;
  const fragments = fragmentsOf(document);
  const keysMemo = new Map<string, Map<string, number>>();
  // Response keys a selection set contributes at its own level (fields of spread fragments included).
  const keysOf = (set: SelectionSetNode): Map<string, number> => {
    const keys = new Map<string, number>();
    const add = (key: string, n: number): void => {
      const total = (keys.get(key) ?? 0) + n;
      keys.set(key, total);
      repeats = Math.max(repeats, total);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) add(selection.alias?.value ?? selection.name.value, 1);
      else if (selection.kind === Kind.INLINE_FRAGMENT) keysOf(selection.selectionSet).forEach((n, k) => add(k, n));
      else {
        const name = selection.name.value;
        let known = keysMemo.get(name);
        if (known === undefined) {
          keysMemo.set(name, new Map()); // a cycle counts as empty; cycles are refused before this runs
          const fragment = fragments.get(name);
          known = fragment === undefined ? new Map() : keysOf(fragment.selectionSet);
          keysMemo.set(name, known);
        }
        known.forEach((n, k) => add(k, n));
      }
    }
    return keys;
  };
  const count = selectionFolder<number>(schema, document, {
    empty: 0,
    combine: (a, b) => a + b,
    field: (field, _definition, _parent, inner) => {
      if (field.selectionSet !== undefined) keysOf(field.selectionSet);
      return 1 + inner();
    },
  });
  let selections = 0;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    keysOf(d.selectionSet);
    selections = Math.max(selections, count(d.selectionSet, schema.getRootType(d.operation) ?? undefined));
  }
  return { selections, repeats };
}

/** Limits of the guard. */
export interface GuardLimits {
  /** Field selections of an operation once its fragments are spread. */
  readonly maxSelections: number;
  /** Times one response key (a field or alias) may be selected within one selection set. */
  readonly maxRepeats: number;
}

/** Throws the error a document that fails the guard gets; returns for a document that passes. */
export function guardDocument(schema: GraphQLSchema, document: DocumentNode, limits: GuardLimits): void {
  const cycle = fragmentCycle(document);
  if (cycle !== undefined) {
    throw new GraphQLError(`Cannot spread fragment "${cycle[0]}" within itself (${cycle.join(' → ')}).`, {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
    });
  }
  const { selections, repeats } = measure(schema, document);
  if (selections > limits.maxSelections) {
    throw new LimitExceededError(
      `The query selects ${readableCount(selections)} fields once its fragments are spread; the limit is ${limits.maxSelections}.`,
      'selections',
      limits.maxSelections,
    );
  }
  if (repeats > limits.maxRepeats) {
    throw new LimitExceededError(
      `The query selects one field ${repeats} times in one place; the limit is ${limits.maxRepeats}. Use aliases for different arguments, or ask once.`,
      'repeats',
      limits.maxRepeats,
    );
  }
}

/**
 * The guard as the HTTP layer runs it on a request's query text, before
 * Apollo sees the request: the refusal to send, or undefined to go on.
 * Apollo offers no hook between parsing and validation whose error reaches
 * the client (a hook that throws there becomes "Internal server error"), so
 * the text is parsed here once more, under the same token limit; text that
 * does not parse is left to Apollo, which reports the syntax error.
 */
export function documentGuard(
  schema: GraphQLSchema,
  limits: GuardLimits & { readonly maxTokens: number },
): (query: string) => GraphQLError | undefined {
  return (query) => {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch {
      return undefined;
    }
    try {
      guardDocument(schema, document, limits);
      return undefined;
    } catch (error) {
      if (error instanceof GraphQLError) return error;
      throw error;
    }
  };
}
