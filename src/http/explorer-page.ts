import type { ExampleQuery } from '../graphql/plugins/example-queries';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside a `<script type="application/json">` data block: no `<` can close the element early. */
const jsonBlock = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The graph explorer a browser gets at the endpoint: the page's markup, with
 * the script and style loaded as files from `/explorer/` (built by `npm run
 * build` from `explorer/`), so the Content-Security-Policy allows no inline
 * code. The example queries of docs/queries.md travel in a JSON data block
 * (never executed) for the query editor, and are listed for readers without
 * JavaScript. Asset paths are relative, so the page works at `/` and `/graphql`.
 *
 * The stylesheet link carries the id of the `<style>` element Cytoscape.js would otherwise inject (for
 * `position: relative` on its container, which explorer.css sets): finding it, Cytoscape injects nothing,
 * and the policy needs no `style-src 'unsafe-inline'`. The one `<style>` element the page does inject (the
 * scroll lock of GraphiQL's dialogs) carries the response's style nonce, which the script tag hands to the
 * bundle (`styleNonce`; the policy of that response lists it).
 */
export function renderExplorerPage(endpoint: string, examples: readonly ExampleQuery[], styleNonce: string): string {
  const list = examples
    .map(
      (e) => `<li><details><summary>${escapeHtml(e.title)}</summary><pre>${escapeHtml(e.query)}</pre></details></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ASEAN Urban Knowledge Graph — explorer</title>
<link rel="stylesheet" href="explorer/explorer.css" id="__________cytoscape_stylesheet">
<script defer src="explorer/explorer.js" nonce="${escapeHtml(styleNonce)}"></script>
</head><body>
<header class="top">
  <h1>ASEAN Urban Knowledge Graph</h1>
  <nav class="tabs" role="tablist" aria-label="Views">
    <button type="button" role="tab" id="tab-graph" aria-controls="panel-graph" aria-selected="true">Graph</button>
    <button type="button" role="tab" id="tab-query" aria-controls="panel-query" aria-selected="false" tabindex="-1">Query editor</button>
  </nav>
  <p class="endpoint">GraphQL endpoint <code>${escapeHtml(endpoint)}</code> · <a href="schema.graphql">schema.graphql</a> · <a href="health">health</a></p>
</header>
<main>
<section id="panel-graph" role="tabpanel" aria-labelledby="tab-graph" class="graph-panel">
  <aside class="controls" aria-label="Search and filters">
    <div class="search">
      <label for="search">Search the graph</label>
      <input id="search" type="search" autocomplete="off" placeholder="Hanoi, ASCN, smart city…"
        role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="suggestions">
      <ul id="suggestions" role="listbox" aria-label="Search results" hidden></ul>
    </div>
    <p id="status" role="status" aria-live="polite">Search for a city, a summit, a framework… and pick a result.</p>
    <fieldset><legend>Labels</legend><div id="label-filters" class="filters"></div></fieldset>
    <fieldset><legend>Relationship types</legend><div id="type-filters" class="filters"><p class="muted">None in view.</p></div></fieldset>
    <fieldset><legend>Path</legend>
      <p>From: <span id="path-from" class="muted">not chosen</span></p>
      <p>To: <span id="path-to" class="muted">not chosen</span></p>
      <label><input type="checkbox" id="path-all"> all shortest paths</label>
      <div class="buttons"><button type="button" id="path-show" disabled>Show path</button>
      <button type="button" id="path-clear">Clear path</button></div>
    </fieldset>
    <fieldset><legend>View</legend><div class="buttons">
      <button type="button" id="fit">Fit</button>
      <button type="button" id="relayout">Lay out again</button>
      <button type="button" id="clear">Clear</button></div>
    </fieldset>
    <fieldset><legend>Export the view</legend><div class="buttons">
      <button type="button" id="export-png">PNG</button>
      <button type="button" id="export-json">Cytoscape JSON</button>
      <button type="button" id="export-gexf">GEXF</button></div>
    </fieldset>
  </aside>
  <div class="canvas-wrap">
    <div id="cy" role="img" aria-label="Graph drawing; the same nodes and edges are listed in the table below"></div>
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline of the view</h2>
      <div class="timeline-range">
        <label>From year <input id="year-from" type="number" min="1900" max="2100" inputmode="numeric"></label>
        <label>To year <input id="year-to" type="number" min="1900" max="2100" inputmode="numeric"></label>
        <button type="button" id="timeline-apply">Apply</button>
      </div>
      <ol id="timeline" class="timeline-strip"></ol>
    </section>
  </div>
  <aside class="details" aria-labelledby="details-title">
    <h2 id="details-title">Details</h2>
    <div id="details"><p class="muted">Select a node or a relationship to see its properties and sources.</p></div>
  </aside>
  <section class="list-view" aria-labelledby="list-title">
    <h2 id="list-title">Nodes and relationships in view</h2>
    <table id="node-table" aria-label="Nodes in view"><caption>Nodes (arrow keys move, Enter selects)</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Label</th><th scope="col">Degree</th></tr></thead><tbody></tbody></table>
    <table id="edge-table" aria-label="Relationships in view"><caption>Relationships</caption>
      <thead><tr><th scope="col">From</th><th scope="col">Type</th><th scope="col">To</th></tr></thead><tbody></tbody></table>
  </section>
</section>
<section id="panel-query" role="tabpanel" aria-labelledby="tab-query" class="query-panel" hidden>
  <div class="query-bar"><button type="button" id="show-in-graph">Show in graph</button>
  <span id="query-status" role="status" aria-live="polite">Run a query, then draw the nodes and edges of its result.</span></div>
  <div id="graphiql" class="graphiql-host"></div>
</section>
<noscript><p>The explorer needs JavaScript. The example queries of docs/queries.md:</p><ul>${list}</ul></noscript>
</main>
<script type="application/json" id="example-queries">${jsonBlock(examples)}</script>
</body></html>`;
}
