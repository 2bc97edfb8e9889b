import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import type { Graph } from './api';

/** The labels of the graph model (src/model/graph-model.ts) and the colour each is drawn in. */
export const LABEL_COLOURS: Readonly<Record<string, string>> = {
  MemberState: '#1f77b4',
  Country: '#6baed6',
  City: '#d62728',
  Officer: '#9467bd',
  Person: '#c5b0d5',
  Role: '#8c564b',
  Organization: '#2ca02c',
  Network: '#17becf',
  Summit: '#ff7f0e',
  Meeting: '#ffbb78',
  Chairmanship: '#bcbd22',
  Framework: '#e377c2',
  FrameworkArea: '#f7b6d2',
  Agreement: '#7f7f7f',
  Metric: '#393b79',
  Source: '#c7c7c7',
};

/** `cose` with a bounded number of iterations and no animation: a few hundred nodes lay out in well under a second. */
const LAYOUT: LayoutOptions = {
  name: 'cose',
  animate: false,
  randomize: false,
  numIter: 600,
  idealEdgeLength: () => 90,
  nodeRepulsion: () => 9000,
  padding: 30,
  fit: true,
} as LayoutOptions;

export function createGraphView(container: HTMLElement): Core {
  return cytoscape({
    container,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n: cytoscape.NodeSingular) => LABEL_COLOURS[n.data('label') as string] ?? '#999',
          label: 'data(display)',
          'font-size': 10,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': '140px',
          width: (n: cytoscape.NodeSingular) => 14 + Math.min(26, Math.sqrt(Number(n.data('degree')) || 0) * 4),
          height: (n: cytoscape.NodeSingular) => 14 + Math.min(26, Math.sqrt(Number(n.data('degree')) || 0) * 4),
          'border-width': 1,
          'border-color': '#333',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#aaa',
          'target-arrow-color': '#aaa',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 7,
          color: '#555',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#000', 'line-color': '#000' } },
      { selector: '.filtered', style: { display: 'none' } },
      { selector: '.dimmed', style: { opacity: 0.2 } },
      { selector: 'node.path', style: { 'border-color': '#e6007e', 'border-width': 5 } },
      { selector: 'edge.path', style: { 'line-color': '#e6007e', 'target-arrow-color': '#e6007e', width: 4 } },
      { selector: '.timeline-hit', style: { 'border-color': '#ff9900', 'border-width': 5 } },
    ],
  });
}

/** Adds the nodes and edges of `graph` that are not drawn yet (edges whose ends are drawn); returns how many were new. */
export function mergeGraph(cy: Core, graph: Graph): number {
  const added: ElementDefinition[] = [];
  const center = cy.extent();
  for (const node of graph.nodes) {
    if (cy.getElementById(node.id).nonempty()) continue;
    added.push({
      group: 'nodes',
      data: { ...node, display: `${node.name} (${node.degree})` },
      position: {
        x: center.x1 + Math.random() * Math.max(1, center.w),
        y: center.y1 + Math.random() * Math.max(1, center.h),
      },
    });
  }
  cy.add(added);
  const edges: ElementDefinition[] = [];
  for (const edge of graph.edges) {
    if (cy.getElementById(edge.id).nonempty()) continue;
    if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
    edges.push({ group: 'edges', data: { ...edge } });
  }
  cy.add(edges);
  return added.length + edges.length;
}

export function layOut(cy: Core): void {
  cy.layout(LAYOUT).run();
}
