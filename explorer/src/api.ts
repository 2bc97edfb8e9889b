/** Talking to the GraphQL endpoint that served the page (the same origin, nothing else). */

/** The endpoint: the page's own path (`/` or `/graphql`). */
export const ENDPOINT = new URL(window.location.pathname, window.location.href).toString();

/** A GraphQL answer. */
export interface GraphqlResult {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { readonly message: string }[];
}

/** Sends a query; a GraphQL error or a failed request throws with the server's message. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as GraphqlResult;
  if (result.errors !== undefined && result.errors.length > 0) {
    throw new Error(result.errors.map((e) => e.message).join('; '));
  }
  if (result.data === undefined || result.data === null) throw new Error(`No data (HTTP ${response.status}).`);
  return result.data as T;
}

/** The schema as SDL, from `/schema.graphql` next to the endpoint (works with introspection off). */
export async function fetchSchemaText(): Promise<string> {
  const response = await fetch(new URL('schema.graphql', window.location.href));
  if (!response.ok) throw new Error(`schema.graphql: HTTP ${response.status}`);
  return response.text();
}

export interface Source {
  readonly id: string;
  readonly name: string;
  readonly title?: string | null;
  readonly kind?: string | null;
  readonly publisher?: string | null;
  readonly date?: string | null;
  readonly file?: string | null;
}

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly degree: number;
  readonly sources?: readonly Source[];
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly properties?: readonly { readonly name: string; readonly value: string }[];
  readonly sources?: readonly Source[];
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly truncated?: boolean;
}

const SOURCE_FIELDS = 'id name title kind publisher date file';
const GRAPH_FIELDS = `nodes { id label name degree sources { ${SOURCE_FIELDS} } }
  edges { id source target type properties { name value } sources { ${SOURCE_FIELDS} } } truncated`;

export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly __typename: string;
}

export async function search(text: string): Promise<SearchHit[]> {
  const data = await graphql<{ search: { nodes: SearchHit[] } }>(
    'query ExplorerSearch($text: String!) { search(text: $text, first: 10) { nodes { __typename id name } } }',
    { text },
  );
  return data.search.nodes;
}

export async function neighborhood(id: string): Promise<Graph> {
  const data = await graphql<{ neighborhood: Graph }>(
    `query ExplorerNeighborhood($id: ID!) { neighborhood(id: $id, depth: 1) { ${GRAPH_FIELDS} } }`,
    { id },
  );
  return data.neighborhood;
}

export interface Paths extends Graph {
  readonly paths: readonly { readonly length: number; readonly nodes: readonly string[] }[];
}

export async function paths(from: string, to: string, all: boolean): Promise<Paths> {
  const field = all ? 'allShortestPaths' : 'shortestPath';
  const data = await graphql<Record<string, Paths>>(
    `query ExplorerPath($from: ID!, $to: ID!) { result: ${field}(from: $from, to: $to, maxHops: 6) {
      paths { length nodes } ${GRAPH_FIELDS} } }`,
    { from, to },
  );
  return data.result as Paths;
}

export async function gexfOf(ids: readonly string[]): Promise<string> {
  const data = await graphql<{ subgraph: { export: string } }>(
    'query ExplorerExport($ids: [ID!]!) { subgraph(ids: $ids) { export(format: GEXF) } }',
    { ids },
  );
  return data.subgraph.export;
}

export interface TimelineEntry {
  readonly date: string;
  readonly precision: string;
  readonly event: string;
  readonly property: string;
  readonly node: { readonly id: string; readonly name: string };
  readonly related: { readonly id: string; readonly name: string } | null;
  readonly relationshipType: string | null;
  readonly sources: readonly { readonly title?: string | null; readonly name: string }[];
}

export async function timeline(from: string | undefined, to: string | undefined): Promise<TimelineEntry[]> {
  const data = await graphql<{ timeline: { entries: TimelineEntry[] } }>(
    `
      query ExplorerTimeline($from: String, $to: String) {
        timeline(from: $from, to: $to, limit: 1000) {
          entries {
            date
            precision
            event
            property
            node {
              id
              name
            }
            related {
              id
              name
            }
            relationshipType
            sources {
              name
              title
            }
          }
        }
      }
    `,
    { from, to },
  );
  return data.timeline.entries;
}
