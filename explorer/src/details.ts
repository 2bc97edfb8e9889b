import { getNamedType, isEnumType, isObjectType, isScalarType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { graphql } from './api';
import type { GraphEdge, GraphNode, Source } from './api';

/** An element built with the DOM, never with HTML text (names and notes come from the data). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** How precisely an ISO-8601 date string is given, or undefined when it is not one. */
export function precisionOf(value: string): string | undefined {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  return undefined;
}

/** A value to show, with the precision of a date. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (typeof value === 'string') {
    const precision = precisionOf(value);
    return precision === undefined ? value : `${value} (precision: ${precision})`;
  }
  return String(value);
}

/** The scalar and enum fields of a type that take no required arguments: what a details query can ask for. */
function plainFields(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return ['id', 'name'];
  return Object.values(type.getFields())
    .filter((f) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')))
    .filter((f) => {
      const named = getNamedType(f.type);
      return isScalarType(named) || isEnumType(named);
    })
    .map((f) => f.name);
}

function sourceList(sources: readonly Source[] | undefined): HTMLElement {
  const section = el('section', { class: 'sources', 'aria-label': 'Sources' }, el('h4', {}, 'Sources (cite these)'));
  if (sources === undefined || sources.length === 0) {
    section.append(el('p', { class: 'muted' }, 'No source recorded.'));
    return section;
  }
  const list = el('ol');
  for (const s of sources) {
    const parts = [s.kind, s.publisher, s.date ? shown(s.date) : undefined, s.file ? `file ${s.file}` : undefined];
    list.append(
      el(
        'li',
        { class: 'source' },
        el('cite', {}, s.title ?? s.name),
        el('span', { class: 'muted' }, ` — ${parts.filter((p) => p).join(' · ')} [${s.id}]`),
      ),
    );
  }
  section.append(list);
  return section;
}

function propertyTable(rows: readonly [string, string][]): HTMLElement {
  const table = el('table', { class: 'props', 'aria-label': 'Properties' });
  for (const [name, value] of rows) table.append(el('tr', {}, el('th', { scope: 'row' }, name), el('td', {}, value)));
  return table;
}

/** Counts node detail requests, so that a slow answer never replaces the details of a later selection. */
let shownRequest = 0;

/** The details of a node: its own fields, fetched by `node(id:)` with the scalar fields of its type, and its sources. */
export async function renderNodeDetails(
  target: HTMLElement,
  node: GraphNode,
  schema: GraphQLSchema | undefined,
  actions: HTMLElement,
): Promise<void> {
  const heading = el('h3', {}, node.name);
  const meta = el('p', {}, `${node.label} · ${node.id} · ${node.degree} relationships in the graph`);
  const ticket = ++shownRequest;
  target.replaceChildren(heading, meta, actions, el('p', { class: 'muted' }, 'Loading properties…'));
  let rows: [string, string][] = [];
  let sources = node.sources;
  if (schema !== undefined) {
    const fields = plainFields(schema, node.label).filter((f) => !['id', 'name'].includes(f));
    try {
      const data = await graphql<{ node: Record<string, unknown> | null }>(
        `query ExplorerNode($id: ID!) { node(id: $id) { __typename ... on ${node.label} { ${fields.join(' ')}
          sources { id name title kind publisher date file } } } }`,
        { id: node.id },
      );
      const entity = data.node ?? {};
      rows = fields
        .filter(
          (f) =>
            entity[f] !== null &&
            entity[f] !== undefined &&
            !(Array.isArray(entity[f]) && (entity[f] as []).length === 0),
        )
        .map((f) => [f, shown(entity[f])]);
      sources = (entity.sources as Source[] | undefined) ?? sources;
    } catch (error) {
      rows = [['error', (error as Error).message]];
    }
  }
  if (ticket !== shownRequest) return;
  target.replaceChildren(heading, meta, actions, propertyTable(rows), sourceList(sources));
}

/** The details of a relationship: its type, its ends, its properties (dates with their precision) and its sources. */
export function renderEdgeDetails(target: HTMLElement, edge: GraphEdge, sourceName: string, targetName: string): void {
  shownRequest += 1;
  const rows: [string, string][] = (edge.properties ?? []).map((p) => {
    let value: unknown = p.value;
    try {
      value = JSON.parse(p.value);
    } catch {
      // shown as it is
    }
    return [p.name, shown(value)];
  });
  target.replaceChildren(
    el('h3', {}, edge.type),
    el('p', {}, `${sourceName} → ${targetName}`),
    el('p', { class: 'muted' }, edge.id),
    propertyTable(rows),
    sourceList(edge.sources),
  );
}
