import { Arg, Args, ArgsType, Ctx, Extensions, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BadUserInputError, NotFoundError } from '../../errors/request-errors';
import {
  readDegrees,
  readEdgesAmong,
  readNeighborhood,
  readNodesAnyLabel,
  readShortestPaths,
} from '../../graph/exploration';
import type { GraphEdgeRecord, GraphRecord, PathRecord } from '../../graph/exploration';
import type { NodeRecord } from '../../graph/records';
import { labelOfId } from '../../model';
import { checkId } from './entity-resolver';
import { drawableOf } from '../../exports/drawable';
import type { DrawableGraph } from '../../exports/graph-formats';
import { EDGES_PER_NODE, Graph, GraphLabel, GraphRelationshipType, MAX_HOPS, Paths } from './graph.types';

/** The deepest neighbourhood asked for in one request. */
const MAX_DEPTH = 3;

type GraphObject = Omit<Graph, 'nodes' | 'edges'> & {
  nodes: unknown[];
  edges: unknown[];
  drawable: () => Promise<DrawableGraph>;
};

/**
 * A result as GraphQL resolves it: the degrees of all its nodes in one round
 * trip, and only when a degree or a file is asked for; sources through the
 * request's loader.
 */
function toGraph(ctx: RequestContext, graph: GraphRecord): GraphObject {
  let degreesRead: Promise<Map<string, number>> | undefined;
  const degrees = (): Promise<Map<string, number>> =>
    (degreesRead ??= readDegrees(
      ctx.loaders.db,
      graph.nodes.map((n) => n.id),
    ));
  const sources = (ids: readonly string[]) => () => ctx.loaders.sources(ids);
  return {
    // For `export(format)` (export.resolver.ts), made only when a file is asked for.
    drawable: async () => drawableOf(graph, await degrees()),
    truncated: graph.truncated,
    nodes: graph.nodes.map((node: NodeRecord) => ({
      id: node.id,
      label: labelOfId(node.id),
      name: node.name ?? node.id,
      degree: async () => (await degrees()).get(node.id) ?? 0,
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

/** The most paths `allShortestPaths` returns. */
const MAX_PATHS = 100;

@ArgsType()
class PathArgs {
  @Field(() => ID, { description: 'The node the paths start at.' })
  from!: string;

  @Field(() => ID, { description: 'The node the paths end at.' })
  to!: string;

  @Field(() => Int, { defaultValue: 4, description: `Longest path considered, 1 to ${MAX_HOPS} relationships.` })
  maxHops!: number;

  @Field(() => [GraphRelationshipType], {
    nullable: true,
    description: 'Follow only these relationship types (all when omitted).',
  })
  relationshipTypes?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Nodes no path may pass through, such as a hub everything is linked to (`network:ascn`): without them, the paths show real links.',
  })
  exclude?: string[] | null;
}

@ArgsType()
class AllPathsArgs extends PathArgs {
  @Field(() => Int, { defaultValue: 10, description: `At most this many paths, 1 to ${MAX_PATHS}.` })
  limit!: number;
}

type PathsObject = Omit<Paths, 'nodes' | 'edges' | 'paths'> & { nodes: unknown[]; edges: unknown[]; paths: unknown[] };

function pathObject(path: PathRecord): unknown {
  return {
    length: path.steps.length,
    nodes: path.nodes,
    steps: path.steps.map(({ edge, forward }, i) => ({
      from: path.nodes[i],
      to: path.nodes[i + 1],
      edge: edge.id,
      type: edge.type,
      forward,
    })),
  };
}

async function shortestPaths(ctx: RequestContext, args: PathArgs, maxPaths: number): Promise<PathsObject> {
  checkId(args.from, 'from');
  checkId(args.to, 'to');
  if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_HOPS) {
    throw new BadUserInputError(
      `Argument "maxHops" must be between 1 and ${MAX_HOPS}; got ${args.maxHops}.`,
      'maxHops',
    );
  }
  const exclude = args.exclude ?? [];
  if (exclude.length > ctx.graphNodes.max) {
    throw new BadUserInputError(`Argument "exclude" may hold at most ${ctx.graphNodes.max} ids.`, 'exclude');
  }
  exclude.forEach((id) => checkId(id, 'exclude'));
  const ends = await readNodesAnyLabel(ctx.loaders.db, [args.from, args.to]);
  for (const id of [args.from, args.to]) if (!ends.some((n) => n.id === id)) throw new NotFoundError(id);
  const found = await readShortestPaths(ctx.loaders.db, args.from, args.to, {
    maxHops: args.maxHops,
    types: args.relationshipTypes == null ? undefined : new Set(args.relationshipTypes),
    exclude: new Set(exclude),
    maxPaths,
  });
  const onPaths = new Set(found.paths.flatMap((p) => p.nodes));
  const byId = new Map([...ends, ...found.nodes.values()].map((n) => [n.id, n]));
  const nodes = [...byId.values()].filter((n) => onPaths.has(n.id));
  const edges = [...new Map(found.paths.flatMap((p) => p.steps.map((s) => [s.edge.id, s.edge] as const))).values()];
  const graph = await toGraph(ctx, { nodes, edges, truncated: found.truncated });
  return { ...graph, paths: found.paths.map(pathObject) };
}

/** Exploration: what surrounds a node and what links a set of nodes, in the shape drawing libraries take. */
@Resolver()
export class ExplorationResolver {
  @Extensions({ costPerItem: 1 + EDGES_PER_NODE })
  @Query(() => Graph, {
    description:
      'The nodes within `depth` hops of a node and the relationships followed to reach them, breadth first, optionally only along some relationship types or to some labels. At most `limit` nodes and four edges per node; without `labels`, a node with more than four times `limit` relationships gives only its first ones (by the id of the node at the other end, then the type). `truncated` says when a cap cut the result.',
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

  @Extensions({ costPerItem: 1 + EDGES_PER_NODE })
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
    const found = new Set(nodes.map((n) => n.id));
    const missing = unique.find((id) => !found.has(id));
    if (missing !== undefined) throw new NotFoundError(missing);
    const edges = await readEdgesAmong(ctx.loaders.db, unique);
    const cap = unique.length * EDGES_PER_NODE;
    return toGraph(ctx, { nodes, edges: edges.slice(0, cap), truncated: edges.length > cap });
  }

  @Extensions({ costPerItem: 2 * MAX_HOPS + 1 })
  @Query(() => Paths, {
    description:
      'A shortest path between two nodes (the first in a stable order when several are as short), with its nodes and relationships ready to draw; an empty `paths` list when none is within `maxHops`.',
  })
  shortestPath(@Args(() => PathArgs) args: PathArgs, @Ctx() ctx: RequestContext): Promise<PathsObject> {
    return shortestPaths(ctx, args, 1).then((result) => ({ ...result, truncated: false }));
  }

  @Extensions({ costPerItem: 2 * MAX_HOPS + 1 })
  @Query(() => Paths, {
    description:
      'Every shortest path between two nodes, up to `limit` (`truncated` says when there are more), with their nodes and relationships ready to draw.',
  })
  allShortestPaths(@Args(() => AllPathsArgs) args: AllPathsArgs, @Ctx() ctx: RequestContext): Promise<PathsObject> {
    if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > MAX_PATHS) {
      throw new BadUserInputError(`Argument "limit" must be between 1 and ${MAX_PATHS}; got ${args.limit}.`, 'limit');
    }
    return shortestPaths(ctx, args, args.limit);
  }
}
