import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../errors/request-errors';
import { readDegrees, readEdgesAmong, readNeighborhood, readNodesAnyLabel } from '../../graph/exploration';
import type { GraphEdgeRecord, GraphRecord } from '../../graph/exploration';
import type { NodeRecord } from '../../graph/records';
import { labelOfId } from '../../model';
import { checkId } from './entity-resolver';
import { EDGES_PER_NODE, Graph, GraphLabel, GraphRelationshipType } from './graph.types';

/** The deepest neighbourhood asked for in one request. */
const MAX_DEPTH = 3;

type GraphObject = Omit<Graph, 'nodes' | 'edges'> & { nodes: unknown[]; edges: unknown[] };

/** A result as GraphQL resolves it: degrees in one round trip, sources through the request's loader. */
async function toGraph(ctx: RequestContext, graph: GraphRecord): Promise<GraphObject> {
  const degrees = await readDegrees(
    ctx.loaders.db,
    graph.nodes.map((n) => n.id),
  );
  const sources = (ids: readonly string[]) => () => ctx.loaders.sources(ids);
  return {
    truncated: graph.truncated,
    nodes: graph.nodes.map((node: NodeRecord) => ({
      id: node.id,
      label: labelOfId(node.id),
      name: node.name ?? node.id,
      degree: degrees.get(node.id) ?? 0,
      entity: node,
      sources: sources(node.sources),
    })),
    edges: graph.edges.map((edge: GraphEdgeRecord) => {
      const { sources: cited, ...properties } = edge.rel;
      return {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        properties: Object.entries(properties)
          .filter(([, value]) => value !== null && value !== undefined)
          .map(([name, value]) => ({ name, value: JSON.stringify(value) })),
        sources: sources(cited),
      };
    }),
  };
}

function nodeCap(ctx: RequestContext, limit: number | null | undefined): number {
  const cap = limit ?? ctx.graphNodes.default;
  if (!Number.isInteger(cap) || cap < 1 || cap > ctx.graphNodes.max) {
    throw new BadUserInputError(`Argument "limit" must be between 1 and ${ctx.graphNodes.max}; got ${cap}.`, 'limit');
  }
  return cap;
}

/** Exploration: what surrounds a node and what links a set of nodes, in the shape drawing libraries take. */
@Resolver()
export class ExplorationResolver {
  @Query(() => Graph, {
    description:
      'The nodes within `depth` hops of a node and the relationships followed to reach them, breadth first, optionally only along some relationship types or to some labels. At most `limit` nodes and four edges per node; `truncated` says when that cut the result.',
  })
  async neighborhood(
    @Arg('id', () => ID, { description: 'The node to start from, such as `city:hanoi`.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: `Hops from the start node, 1 to ${MAX_DEPTH}.` })
    depth: number,
    @Arg('relationshipTypes', () => [GraphRelationshipType], {
      nullable: true,
      description: 'Follow only these relationship types (all when omitted).',
    })
    relationshipTypes: string[] | null | undefined,
    @Arg('labels', () => [GraphLabel], {
      nullable: true,
      description: 'Reach only nodes of these labels (all when omitted); the start node is always included.',
    })
    labels: string[] | null | undefined,
    @Arg('limit', () => Int, {
      nullable: true,
      description:
        'At most this many nodes, the start node included (and four edges per node); the server sets the default and the maximum (100 and 500 unless configured).',
    })
    limit: number | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<GraphObject> {
    checkId(id, 'id');
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
      throw new BadUserInputError(`Argument "depth" must be between 1 and ${MAX_DEPTH}; got ${depth}.`, 'depth');
    }
    const cap = nodeCap(ctx, limit);
    const label = labelOfId(id);
    const start = label === undefined ? null : await ctx.loaders.node(label).load(id);
    if (start === null) throw new NotFoundError(id);
    const graph = await readNeighborhood(ctx.loaders.db, start, {
      depth,
      types: relationshipTypes == null ? undefined : new Set(relationshipTypes),
      labels: labels == null ? undefined : new Set(labels),
      maxNodes: cap,
      maxEdges: cap * EDGES_PER_NODE,
    });
    return toGraph(ctx, graph);
  }

  @Query(() => Graph, {
    description:
      "The given nodes and the relationships among them (at most four per node; `truncated` says when more were left out). Each id must exist (`NOT_FOUND` names the first that does not); at most the server's node maximum (500 unless configured).",
  })
  async subgraph(
    @Arg('ids', () => [ID], { description: 'Node ids, such as `city:hanoi`; repeats are ignored.' }) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<GraphObject> {
    const unique = [...new Set(ids)];
    if (unique.length > ctx.graphNodes.max) {
      throw new BadUserInputError(
        `Argument "ids" may hold at most ${ctx.graphNodes.max} ids; got ${unique.length}.`,
        'ids',
      );
    }
    unique.forEach((id) => checkId(id, 'ids'));
    const nodes = await readNodesAnyLabel(ctx.loaders.db, unique);
    const missing = unique.find((id) => !nodes.some((n) => n.id === id));
    if (missing !== undefined) throw new NotFoundError(missing);
    const edges = await readEdgesAmong(ctx.loaders.db, unique);
    const cap = unique.length * EDGES_PER_NODE;
    return toGraph(ctx, { nodes, edges: edges.slice(0, cap), truncated: edges.length > cap });
  }
}
