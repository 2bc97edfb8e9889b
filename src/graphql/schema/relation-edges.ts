import { labelOfId, relationshipProperties, relationshipTypes } from '../../model';
import type { RequestContext } from '../../context';
import { encodeCursor } from '../cursor';
import { slicePage, toPage } from '../page';
import type { LazyCursor, PageWindow } from '../page';
import type { ClassRef, FieldDef } from './class-builder';
import { entityType } from './entity-types';
import { graphqlTypeOf, relationshipPropertySpecs } from './model-fields';
import type { EdgeRecord, NodeRecord } from '../../graph/records';
import type { RelationFieldSpec } from './relation-fields';
import { CitationObject, citationsOf, toCitationObjects } from './citation.type';

/** Edge fields that are not relationship properties. */
const RESERVED = ['node', 'cursor', 'sources', 'citations'];

/**
 * An edge as GraphQL resolves it: the relationship's properties (`position`,
 * `role`…, read from the record by getters on the prototype), the node, its
 * cursor, and its sources and citations on demand. One class for every
 * relationship type: an edge is made with one allocation and no copy of the
 * record (copying each edge's properties was 4 % of the nested query's CPU).
 */
export class EdgeObject {
  [property: string]: unknown;
  readonly #ctx: RequestContext;
  readonly #edge: EdgeRecord;
  readonly cursor?: LazyCursor;

  constructor(ctx: RequestContext, edge: EdgeRecord, cursor?: LazyCursor) {
    this.#ctx = ctx;
    this.#edge = edge;
    this.cursor = cursor;
  }

  static {
    // Every relationship property of the model, read through from the record.
    const names = new Set(relationshipTypes().flatMap((type) => Object.keys(relationshipProperties(type))));
    for (const name of names) {
      if (RESERVED.includes(name)) continue;
      Object.defineProperty(EdgeObject.prototype, name, {
        get(this: EdgeObject) {
          return this.#edge.rel[name];
        },
      });
    }
  }

  get node(): NodeRecord {
    return this.#edge.node;
  }

  /** Called by GraphQL's default resolver, only when `sources` is selected. */
  sources(): NodeRecord[] | Promise<NodeRecord[]> {
    const ids = this.#edge.rel.sources;
    return this.#ctx.loaders.sources(Array.isArray(ids) ? (ids as string[]) : []);
  }

  /** Called by GraphQL's default resolver, only when `citations` is selected. */
  citations(): CitationObject[] {
    return toCitationObjects(this.#ctx, citationsOf(this.#edge.rel));
  }
}

/** A relationship connection as GraphQL resolves it. */
export interface RelationConnection {
  readonly edges: EdgeObject[];
  readonly nodes: NodeRecord[];
  readonly pageInfo: unknown;
  /** A number, or a function GraphQL calls only when `totalCount` is selected. */
  readonly totalCount: number | (() => Promise<number>);
}

/** The fields an edge of `type` carries: the relationship's properties and its sources. */
export function relationEdgeFields(type: string): FieldDef[] {
  const props: FieldDef[] = relationshipPropertySpecs(type).map(([name, spec]) => {
    if (RESERVED.includes(name)) throw new Error(`Relationship property ${type}.${name} clashes with an edge field`);
    return { name, type: () => graphqlTypeOf(spec), nullable: true, description: spec.description };
  });
  const sources: FieldDef = {
    name: 'sources',
    type: () => [entityType('Source')],
    description: 'The documents that state this relationship: cite them for the edge.',
  };
  const citations: FieldDef = {
    name: 'citations',
    type: () => [CitationObject],
    description:
      'Where each document states this relationship: the document and the line (or characters of a line) of its stored copy.',
  };
  return [...props, sources, citations];
}

/** The relationships behind a field of one node, ordered, limited to the labels the field shows. */
export async function edgesOf(ctx: RequestContext, field: RelationFieldSpec, node: NodeRecord): Promise<EdgeRecord[]> {
  const edges = await ctx.loaders.relations(field.type, field.direction, field.owner).load(node.id);
  return edges.filter((edge) => field.targets.includes(labelOfId(edge.node.id) ?? ''));
}

/** An edge object for GraphQL; `sources` and `citations` resolve through the request's source loader only when selected. */
export const toEdgeObject = (ctx: RequestContext, edge: EdgeRecord, cursor?: LazyCursor): EdgeObject =>
  new EdgeObject(ctx, edge, cursor);

/** The list a relationship field's cursors belong to, for example `City.officers`. */
export const relationScope = (field: RelationFieldSpec): string => `${field.owner}.${field.name}`;

/** One page of a node's relationships (all are loaded for the batch; paging happens here). */
export function toRelationConnection(
  ctx: RequestContext,
  edges: readonly EdgeRecord[],
  window: PageWindow,
  scope: string,
): RelationConnection {
  const page = slicePage(edges, window, scope);
  return {
    edges: page.items.map(({ item, cursor }) => toEdgeObject(ctx, item, cursor)),
    nodes: page.items.map(({ item }) => item.node),
    pageInfo: page.pageInfo,
    totalCount: edges.length,
  };
}

/**
 * One page of a node's relationships to one label, paged in the engine: the
 * request's loader reads `first + 1` edges per node after the cursor's
 * position, and the engine counts a node's edges only when `totalCount` is
 * selected and the page does not reach the end of the list.
 */
export async function pagedRelationConnection(
  ctx: RequestContext,
  field: RelationFieldSpec & { readonly targets: readonly [string] },
  root: NodeRecord,
  window: PageWindow,
  scope: string,
): Promise<RelationConnection> {
  const end = { type: field.type, direction: field.direction, owner: field.owner, target: field.targets[0] };
  const rows = await ctx.loaders.relationPage(end, window.offset, window.limit + 1).load(root.id);
  const page = toPage(rows, window.limit, (_, i) => encodeCursor(scope, window.offset + i), window.offset > 0);
  return {
    edges: page.items.map(({ item, cursor }) => toEdgeObject(ctx, item, cursor)),
    nodes: page.items.map(({ item }) => item.node),
    pageInfo: page.pageInfo,
    // A page that holds the end of the list tells the total without asking the engine.
    totalCount:
      rows.length <= window.limit && (window.offset === 0 || rows.length > 0)
        ? window.offset + rows.length
        : () => ctx.loaders.relationCount(end).load(root.id),
  };
}

/** The class a field's nodes have: the label's class, or the Node interface when several labels can appear. */
export function targetType(field: RelationFieldSpec, nodeInterface: ClassRef): () => ClassRef {
  const [only] = field.targets;
  return field.targets.length === 1 && only !== undefined ? () => entityType(only) : () => nodeInterface;
}
