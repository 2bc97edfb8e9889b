import 'graphiql/graphiql.css';
import './explorer.css';
import { setNonce } from 'get-nonce';
import { buildSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { fetchSchemaText, gexfOf, neighborhood, paths, search, timeline } from './api';
import type { Graph, GraphEdge, GraphNode, SearchHit } from './api';
import { el, renderEdgeDetails, renderNodeDetails } from './details';
import { LABEL_COLOURS, createGraphView, layOut, mergeGraph } from './graph';
import { lastQueryResult, mountQueryEditor } from './query-editor';
import type { ExampleQuery } from './query-editor';

// The style nonce of this page's policy, from the script tag (read now: currentScript is only set while the
// bundle first runs). GraphiQL's dialogs lock scrolling with a <style> element that carries it.
const nonce = document.currentScript?.nonce;
if (nonce) setNonce(nonce);

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

declare global {
  interface Window {
    /** For the browser test and the curious: the Cytoscape instance and the last export. */
    __explorer?: { cy: Core; lastExport?: { kind: string; size: number }; ready: boolean };
  }
}

const cy = createGraphView($('cy'));
// The drawing follows its container (a narrowed window, panels that stack), not only window resizes.
new ResizeObserver(() => cy.resize()).observe($('cy'));
const state = { hiddenLabels: new Set<string>(), hiddenTypes: new Set<string>(), from: '', to: '' };
let schema: GraphQLSchema | undefined;
window.__explorer = { cy, ready: false };

const status = (text: string): void => void ($('status').textContent = text);

// ---- drawing ----------------------------------------------------------------------------------------------------

function applyFilters(): void {
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes()
      .filter((n) => state.hiddenLabels.has(n.data('label') as string))
      .addClass('filtered');
    cy.edges()
      .filter((e) => state.hiddenTypes.has(e.data('type') as string))
      .addClass('filtered');
  });
}

function renderTypeFilters(): void {
  const types = [...new Set(cy.edges().map((e) => e.data('type') as string))].sort();
  const box = $('type-filters');
  if (types.length === 0) return void box.replaceChildren(el('p', { class: 'muted' }, 'None in view.'));
  box.replaceChildren(
    ...types.map((type) => {
      const input = el('input', { type: 'checkbox', 'data-type': type });
      input.checked = !state.hiddenTypes.has(type);
      input.addEventListener('change', () => {
        if (input.checked) state.hiddenTypes.delete(type);
        else state.hiddenTypes.add(type);
        applyFilters();
      });
      return el('label', {}, input, ` ${type}`);
    }),
  );
}

function renderLabelFilters(): void {
  $('label-filters').replaceChildren(
    ...Object.entries(LABEL_COLOURS).map(([label, colour]) => {
      const input = el('input', { type: 'checkbox', 'data-label': label });
      input.checked = true;
      input.addEventListener('change', () => {
        if (input.checked) state.hiddenLabels.delete(label);
        else state.hiddenLabels.add(label);
        applyFilters();
      });
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = colour;
      return el('label', {}, input, swatch, ` ${label}`);
    }),
  );
}

function selectElement(id: string): void {
  const element = cy.getElementById(id);
  if (element.empty()) return;
  cy.elements().unselect();
  element.select();
  cy.animate({ center: { eles: element } }, { duration: 200 });
}

function renderListView(): void {
  const nodes = cy.nodes().sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
  const rows = nodes.map((n, i) => {
    const row = el(
      'tr',
      { tabindex: i === 0 ? '0' : '-1', 'data-id': n.id(), 'aria-label': `${n.data('name')}, ${n.data('label')}` },
      el('td', {}, String(n.data('name'))),
      el('td', {}, String(n.data('label'))),
      el('td', {}, String(n.data('degree'))),
    );
    return row;
  });
  $('node-table')
    .querySelector('tbody')
    ?.replaceChildren(...rows);
  const name = (id: string): string => String(cy.getElementById(id).data('name') ?? id);
  const edgeRows = cy
    .edges()
    .map((e) =>
      el(
        'tr',
        { tabindex: '-1', 'data-id': e.id() },
        el('td', {}, name(e.data('source') as string)),
        el('td', {}, String(e.data('type'))),
        el('td', {}, name(e.data('target') as string)),
      ),
    );
  $('edge-table')
    .querySelector('tbody')
    ?.replaceChildren(...edgeRows);
}

/** Arrow keys move between the rows of a table, Enter selects the row's element (a roving tabindex). */
function tableKeys(table: HTMLElement): void {
  table.addEventListener('keydown', (event) => {
    const row = (event.target as HTMLElement).closest('tr[data-id]') as HTMLElement | null;
    if (row === null) return;
    const next =
      event.key === 'ArrowDown'
        ? row.nextElementSibling
        : event.key === 'ArrowUp'
          ? row.previousElementSibling
          : undefined;
    if (next instanceof HTMLElement) {
      event.preventDefault();
      row.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectElement(row.dataset.id as string);
    }
  });
  table.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest('tr[data-id]') as HTMLElement | null;
    if (row !== null) selectElement(row.dataset.id as string);
  });
}

function viewChanged(): void {
  renderTypeFilters();
  applyFilters();
  renderListView();
  void refreshTimeline();
}

function draw(graph: Graph, focus?: string): number {
  const added = mergeGraph(cy, graph);
  if (added > 0) layOut(cy);
  viewChanged();
  if (focus !== undefined) selectElement(focus);
  status(
    `${cy.nodes().length} nodes and ${cy.edges().length} relationships in view` +
      (graph.truncated === true ? ' (the server cut the result short).' : '.'),
  );
  return added;
}

async function expand(id: string): Promise<void> {
  status(`Expanding ${cy.getElementById(id).data('name') ?? id}…`);
  try {
    const added = draw(await neighborhood(id), id);
    if (added === 0) status(`Nothing new around ${cy.getElementById(id).data('name')}.`);
  } catch (error) {
    status(`Could not expand: ${(error as Error).message}`);
  }
}

// ---- search -----------------------------------------------------------------------------------------------------

function setUpSearch(): void {
  const input = $<HTMLInputElement>('search');
  const list = $('suggestions');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number): void => {
    active = index;
    list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
  };
  const choose = async (hit: SearchHit): Promise<void> => {
    close();
    input.value = hit.name;
    status(`Loading the neighbourhood of ${hit.name}…`);
    try {
      draw(await neighborhood(hit.id), hit.id);
    } catch (error) {
      status(`Could not load ${hit.name}: ${(error as Error).message}`);
    }
  };
  const show = (): void => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = el(
          'li',
          { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': hit.id },
          el('span', { class: 'swatch', 'aria-hidden': 'true' }),
          `${hit.name} `,
          el('span', { class: 'muted' }, hit.__typename),
        );
        (li.firstChild as HTMLElement).style.backgroundColor = LABEL_COLOURS[hit.__typename] ?? '#999';
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          void choose(hit);
        });
        return li;
      }),
    );
    if (hits.length === 0) list.append(el('li', { role: 'option', 'aria-disabled': 'true' }, 'No match.'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length > 0 ? 0 : -1);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = window.setTimeout(async () => {
      const ticket = ++asked;
      try {
        const found = await search(text);
        if (ticket !== asked) return;
        hits = found;
        show();
      } catch (error) {
        status(`Search failed: ${(error as Error).message}`);
      }
    }, 250);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' && hits.length > 0) highlight((active + 1) % hits.length);
    else if (event.key === 'ArrowUp' && hits.length > 0) highlight((active - 1 + hits.length) % hits.length);
    else if (event.key === 'Enter' && active >= 0) void choose(hits[active] as SearchHit);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
}

// ---- details and paths ------------------------------------------------------------------------------------------

function pathButtons(node: GraphNode): HTMLElement {
  const expandButton = el('button', { type: 'button', id: 'details-expand' }, 'Expand');
  expandButton.addEventListener('click', () => void expand(node.id));
  const from = el('button', { type: 'button', id: 'details-path-from' }, 'Path from here');
  from.addEventListener('click', () => choosePathEnd('from', node));
  const to = el('button', { type: 'button', id: 'details-path-to' }, 'Path to here');
  to.addEventListener('click', () => choosePathEnd('to', node));
  return el('div', { class: 'buttons' }, expandButton, from, to);
}

function choosePathEnd(end: 'from' | 'to', node: GraphNode): void {
  state[end] = node.id;
  const label = $(`path-${end}`);
  label.textContent = node.name;
  label.classList.remove('muted');
  $<HTMLButtonElement>('path-show').disabled = state.from === '' || state.to === '';
}

async function showPath(): Promise<void> {
  if (state.from === '' || state.to === '') return;
  status('Looking for paths…');
  try {
    const found = await paths(state.from, state.to, $<HTMLInputElement>('path-all').checked);
    clearPath();
    if (found.paths.length === 0) return status('No path within 6 relationships.');
    draw(found);
    const ids = new Set([...found.nodes.map((n) => n.id), ...found.edges.map((e) => e.id)]);
    cy.batch(() => {
      cy.elements().addClass('dimmed');
      cy.elements()
        .filter((e) => ids.has(e.id()))
        .removeClass('dimmed')
        .addClass('path');
    });
    cy.animate({ fit: { eles: cy.$('.path'), padding: 80 } }, { duration: 200 });
    const lengths = found.paths.map((p) => p.length).join(', ');
    status(`${found.paths.length} path(s) of length ${lengths} highlighted.`);
  } catch (error) {
    status(`Path failed: ${(error as Error).message}`);
  }
}

function clearPath(): void {
  cy.elements().removeClass('path dimmed');
}

cy.on('select', 'node', (event) => {
  const node = event.target as NodeSingular;
  void renderNodeDetails($('details'), node.data() as GraphNode, schema, pathButtons(node.data() as GraphNode));
});
cy.on('select', 'edge', (event) => {
  const edge = event.target as EdgeSingular;
  const data = edge.data() as GraphEdge;
  renderEdgeDetails($('details'), data, String(edge.source().data('name')), String(edge.target().data('name')));
});
cy.on('dbltap', 'node', (event) => void expand((event.target as NodeSingular).id()));

// ---- timeline ---------------------------------------------------------------------------------------------------

let timelineAsked = 0;
async function refreshTimeline(): Promise<void> {
  const strip = $('timeline');
  const inView = new Set(cy.nodes().map((n) => n.id()));
  if (inView.size === 0) return void strip.replaceChildren();
  const from = $<HTMLInputElement>('year-from').value.trim() || undefined;
  const to = $<HTMLInputElement>('year-to').value.trim() || undefined;
  const ticket = ++timelineAsked;
  try {
    const entries = (await timeline(from, to)).filter(
      (e) => inView.has(e.node.id) && (e.related === null || inView.has(e.related.id)),
    );
    if (ticket !== timelineAsked) return;
    strip.replaceChildren(
      ...entries.map((e) => {
        const what = e.related === null ? e.node.name : `${e.node.name} ${e.relationshipType} ${e.related.name}`;
        const button = el(
          'button',
          { type: 'button', title: `Sources: ${e.sources.map((s) => s.title ?? s.name).join('; ')}` },
          el('time', { datetime: e.date }, e.date),
          ` ${e.event}: ${what}`,
        );
        button.addEventListener('click', () => {
          cy.elements().removeClass('timeline-hit');
          cy.getElementById(e.node.id).addClass('timeline-hit');
          if (e.related !== null) cy.getElementById(e.related.id).addClass('timeline-hit');
          selectElement(e.node.id);
        });
        return el('li', {}, button);
      }),
    );
    if (entries.length === 0) strip.append(el('li', { class: 'muted' }, 'Nothing dated in view for this period.'));
  } catch (error) {
    strip.replaceChildren(el('li', {}, `Timeline failed: ${(error as Error).message}`));
  }
}

// ---- exports ----------------------------------------------------------------------------------------------------

function download(blob: Blob, name: string, kind: string): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  if (window.__explorer !== undefined) window.__explorer.lastExport = { kind, size: blob.size };
}

async function exportGexf(): Promise<void> {
  const ids = cy.nodes().map((n) => n.id());
  if (ids.length === 0) return status('Nothing in view to export.');
  try {
    download(new Blob([await gexfOf(ids)], { type: 'application/gexf+xml' }), 'asean-urban-kg-view.gexf', 'gexf');
  } catch (error) {
    status(`GEXF export failed: ${(error as Error).message}`);
  }
}

// ---- tabs and the query editor ----------------------------------------------------------------------------------

function setUpTabs(examples: readonly ExampleQuery[]): void {
  const tabs = [$('tab-graph'), $('tab-query')];
  let mounted = false;
  const open = (tab: HTMLElement): void => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      $(t.getAttribute('aria-controls') as string).hidden = !selected;
    }
    if (tab.id === 'tab-query' && !mounted && schema !== undefined) {
      mounted = true;
      mountQueryEditor($('graphiql'), schema, examples);
    }
    if (tab.id === 'tab-graph') cy.resize();
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => open(tab));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const other = tabs[(tabs.indexOf(tab) + 1) % tabs.length] as HTMLElement;
      other.focus();
      open(other);
    });
  }
  $('show-in-graph').addEventListener('click', () => {
    const graph = graphIn(lastQueryResult()?.data);
    if (graph.nodes.length === 0) {
      $('query-status').textContent = 'The last result has no nodes (objects with id and label) to draw.';
      return;
    }
    open($('tab-graph'));
    draw(graph);
    $('query-status').textContent = `Drew ${graph.nodes.length} nodes and ${graph.edges.length} edges.`;
  });
}

/** Every object with `id` and `label` (a node) or `source`, `target` and `type` (an edge) anywhere in a result. */
export function graphIn(data: unknown): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.label === 'string') {
      nodes.set(o.id, {
        id: o.id,
        label: o.label,
        name: typeof o.name === 'string' ? o.name : o.id,
        degree: typeof o.degree === 'number' ? o.degree : 0,
        sources: Array.isArray(o.sources) ? (o.sources as GraphNode['sources']) : undefined,
      });
    } else if (typeof o.source === 'string' && typeof o.target === 'string') {
      const type = typeof o.type === 'string' ? o.type : 'RELATED';
      const id = typeof o.id === 'string' ? o.id : `${o.source}|${type}|${o.target}`;
      edges.set(id, { ...(o as object), id, source: o.source, target: o.target, type } as GraphEdge);
    }
    Object.values(o).forEach(walk);
  };
  walk(data);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// ---- start ------------------------------------------------------------------------------------------------------

function readExamples(): ExampleQuery[] {
  try {
    return JSON.parse($('example-queries').textContent ?? '[]') as ExampleQuery[];
  } catch {
    return [];
  }
}

async function start(): Promise<void> {
  renderLabelFilters();
  setUpSearch();
  setUpTabs(readExamples());
  tableKeys($('node-table'));
  tableKeys($('edge-table'));
  $('path-show').addEventListener('click', () => void showPath());
  $('path-clear').addEventListener('click', clearPath);
  $('fit').addEventListener('click', () => cy.fit(undefined, 30));
  $('relayout').addEventListener('click', () => layOut(cy));
  $('clear').addEventListener('click', () => {
    cy.elements().remove();
    viewChanged();
    status('The view is empty.');
  });
  $('timeline-apply').addEventListener('click', () => void refreshTimeline());
  $('export-png').addEventListener('click', () =>
    download(cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }), 'asean-urban-kg-view.png', 'png'),
  );
  $('export-json').addEventListener('click', () =>
    download(
      new Blob([JSON.stringify(cy.json(), null, 2)], { type: 'application/json' }),
      'asean-urban-kg-view.cyjs',
      'json',
    ),
  );
  $('export-gexf').addEventListener('click', () => void exportGexf());
  try {
    schema = buildSchema(await fetchSchemaText());
  } catch (error) {
    status(`Could not read the schema: ${(error as Error).message}`);
  }
  if (window.__explorer !== undefined) window.__explorer.ready = true;
}

void start();
