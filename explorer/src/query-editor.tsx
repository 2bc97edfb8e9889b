import { useEditorContext } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { createRoot } from 'react-dom/client';
import { ENDPOINT } from './api';
import type { GraphqlResult } from './api';

export interface ExampleQuery {
  readonly title: string;
  readonly query: string;
}

/** The last result GraphiQL received, for "Show in graph". */
let lastResult: GraphqlResult | undefined;
export const lastQueryResult = (): GraphqlResult | undefined => lastResult;

async function fetcher(params: unknown): Promise<ExecutionResult> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  lastResult = (await response.json()) as GraphqlResult;
  return lastResult as ExecutionResult;
}

const withTitle = (e: ExampleQuery): string => `# ${e.title.replace(/\n/g, ' ')}\n${e.query}\n`;

/** A picker of the examples of docs/queries.md in GraphiQL's toolbar: choosing one puts it into the editor. */
function ExamplePicker({ examples }: { readonly examples: readonly ExampleQuery[] }) {
  const { queryEditor } = useEditorContext({ nonNull: true });
  return (
    <select
      className="example-picker"
      aria-label="Example queries from docs/queries.md"
      value=""
      onChange={(event) => {
        const example = examples[Number(event.target.value)];
        if (example !== undefined) queryEditor?.setValue(withTitle(example));
      }}
    >
      <option value="">Examples…</option>
      {examples.map((e, i) => (
        <option key={i} value={String(i)}>
          {e.title}
        </option>
      ))}
    </select>
  );
}

/**
 * GraphiQL 3 (CodeMirror 5, no web workers) in `host`, given the schema built
 * from `/schema.graphql` so it never needs introspection; the first example
 * query of docs/queries.md is in the editor and the others are in a picker.
 */
export function mountQueryEditor(host: HTMLElement, schema: GraphQLSchema, examples: readonly ExampleQuery[]): void {
  const first = examples[0];
  createRoot(host).render(
    <GraphiQL
      fetcher={fetcher}
      schema={schema}
      defaultQuery={first === undefined ? undefined : withTitle(first)}
      defaultEditorToolsVisibility={false}
      isHeadersEditorEnabled={false}
      toolbar={{ additionalContent: <ExamplePicker examples={examples} /> }}
    />,
  );
}
