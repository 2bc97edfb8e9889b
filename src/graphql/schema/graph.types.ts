import { Extensions, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GRAPH_MODEL, nodeLabels, relationshipTypes } from '../../model';
import { entityType } from './entity-types';
import { Node } from './node.interface';

/**
 * The shape every exploration returns (`neighborhood`, `subgraph`): nodes and
 * edges as graph-drawing libraries take them (Cytoscape.js `elements`,
 * graphology), each with the sources to cite.
 */

/** A graph result holds at most this many edges per node; the cost limit counts on it. */
export const EDGES_PER_NODE = 4;

const asEnum = (names: readonly string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, n]));

/** The labels of the model as a GraphQL enum. */
export const GraphLabel = asEnum(nodeLabels());
registerEnumType(GraphLabel, {
  name: 'GraphLabel',
  description: 'A label of the graph model: the type of a node.',
  valuesConfig: Object.fromEntries(
    nodeLabels().map((label) => [label, { description: GRAPH_MODEL.nodes[label]?.description ?? label }]),
  ),
});

/** The relationship types of the model as a GraphQL enum. */
export const GraphRelationshipType = asEnum(relationshipTypes());
registerEnumType(GraphRelationshipType, {
  name: 'GraphRelationshipType',
  description: 'A relationship type of the graph model.',
  valuesConfig: Object.fromEntries(
    relationshipTypes().map((type) => [type, { description: GRAPH_MODEL.relationships[type]?.description ?? type }]),
  ),
});

@ObjectType({ description: 'One property of a relationship, its value as JSON text.' })
export class GraphProperty {
  @Field({ description: 'The property name, as in the graph model.' })
  name!: string;

  @Field({ description: 'The value as JSON text: `"2019"`, `3`, `true`, `["a","b"]`.' })
  value!: string;
}

@ObjectType({ description: 'A node of an exploration, with what a drawing needs.', simpleResolvers: true })
export class GraphNode {
  @Field(() => ID, { description: 'The node id (`city:hanoi`).' })
  id!: string;

  @Field(() => GraphLabel, { description: 'Its label, which is also its GraphQL type.' })
  label!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => Int, {
    description:
      'How many relationships it has in the whole graph: more than the edges shown means it can be expanded.',
  })
  degree!: number;

  @Field(() => Node, { description: 'The entity itself, for its other fields (`... on City { pilot }`).' })
  entity!: unknown;

  @Field(() => [entityType('Source')], { description: 'The documents that state this entity: cite them for it.' })
  sources!: unknown[];
}

@ObjectType({
  description: 'A relationship of an exploration, directed from `source` to `target`.',
  simpleResolvers: true,
})
export class GraphEdge {
  @Field(() => ID, { description: 'Stable id of the relationship: `<source>|<TYPE>|<target>`.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the node it starts at.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the node it ends at.' })
  target!: string;

  @Field(() => GraphRelationshipType, { description: 'Its type.' })
  type!: string;

  @Field(() => [GraphProperty], {
    description: 'Its properties besides `sources` (dates, positions, qualifiers), as in the graph model.',
  })
  properties!: GraphProperty[];

  @Field(() => [entityType('Source')], { description: 'The documents that state this relationship: cite them.' })
  sources!: unknown[];
}

@ObjectType({
  description:
    'Nodes and the relationships among them, ready to draw: every edge joins two of the nodes listed. `truncated` is true when a cap cut the result.',
})
export class Graph {
  @Field(() => [GraphNode], { description: 'The nodes, in a stable order (the start node first where there is one).' })
  nodes!: GraphNode[];

  // Read by the cost limit: the field above counts nodes, and each brings at most this many edges.
  @Extensions({ maxItems: EDGES_PER_NODE })
  @Field(() => [GraphEdge], {
    description: `The relationships among them, in a stable order: at most ${EDGES_PER_NODE} per node.`,
  })
  edges!: GraphEdge[];

  @Field({ description: 'True when the node or edge cap left part of the result out.' })
  truncated!: boolean;
}

/** The longest path a search considers, in relationships. */
export const MAX_HOPS = 6;

@ObjectType({ description: 'One step of a path: the relationship taken and which way.', simpleResolvers: true })
export class PathStep {
  @Field(() => ID, { description: 'The node the step leaves.' })
  from!: string;

  @Field(() => ID, { description: 'The node the step reaches.' })
  to!: string;

  @Field(() => ID, { description: 'The relationship taken: the id of one of the `edges`.' })
  edge!: string;

  @Field(() => GraphRelationshipType, { description: 'Its type.' })
  type!: string;

  @Field({ description: 'True when the step follows the relationship from its source to its target.' })
  forward!: boolean;
}

@ObjectType({ description: 'A path between two nodes, as the nodes it passes and the steps between them.' })
export class GraphPath {
  @Field(() => Int, { description: 'Its length in relationships.' })
  length!: number;

  @Extensions({ maxItems: MAX_HOPS + 1 })
  @Field(() => [ID], { description: 'The ids of the nodes it passes, from start to end.' })
  nodes!: string[];

  @Extensions({ maxItems: MAX_HOPS })
  @Field(() => [PathStep], { description: 'Its steps, in order.' })
  steps!: PathStep[];
}

@ObjectType({
  description:
    'Shortest paths between two nodes, and every node and relationship on them ready to draw. No path is an empty `paths` list, not an error.',
})
export class Paths {
  @Field(() => [GraphPath], { description: 'The paths, shortest first, in a stable order.' })
  paths!: GraphPath[];

  // Read by the cost limit: per path, at most this many nodes and edges.
  @Extensions({ maxItems: MAX_HOPS + 1 })
  @Field(() => [GraphNode], { description: 'Every node on the paths, each once.' })
  nodes!: GraphNode[];

  @Extensions({ maxItems: MAX_HOPS })
  @Field(() => [GraphEdge], { description: 'Every relationship on the paths, each once.' })
  edges!: GraphEdge[];

  @Field({ description: 'True when more shortest paths exist than `limit` let through.' })
  truncated!: boolean;
}
