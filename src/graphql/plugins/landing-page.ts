import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ExampleQuery } from './example-queries';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre,textarea{font:13px/1.4 ui-monospace,monospace}pre{background:#f4f4f4;padding:.6rem;overflow:auto}
textarea{width:100%;box-sizing:border-box}button{margin:.3rem .3rem .3rem 0}details{margin:.4rem 0}`;

const SCRIPT = `document.querySelectorAll('button[data-example]').forEach(function(b){b.addEventListener('click',function(){
document.getElementById('query').value=document.getElementById('example-'+b.dataset.example).textContent;});});
document.getElementById('run').addEventListener('click',run);
async function run(){const out=document.getElementById('result');out.textContent='Running…';
let variables={};const raw=document.getElementById('variables').value.trim();
try{if(raw)variables=JSON.parse(raw);}catch(e){out.textContent='Variables are not valid JSON: '+e.message;return;}
try{const r=await fetch(location.pathname,{method:'POST',headers:{'content-type':'application/json','x-query-stats':'1'},
body:JSON.stringify({query:document.getElementById('query').value,variables})});
out.textContent=JSON.stringify(await r.json(),null,2);}catch(e){out.textContent='Request failed: '+e.message;}}`;

/**
 * The page a browser gets at the endpoint: what the API is, how to call it
 * with curl, the example queries of docs/queries.md, and a small form that
 * runs a query. Everything is inline, so it works with no internet access
 * (Apollo's default page loads its explorer from a CDN and is blank offline).
 */
export function renderLandingPage(endpoint: string, examples: readonly ExampleQuery[]): string {
  const first = examples[0]?.query ?? '{ graphStats { nodeCount relationshipCount } }';
  const curlBody = JSON.stringify({ query: '{ graphStats { nodeCount relationshipCount } }' });
  const list = examples
    .map(
      (e, i) =>
        `<details><summary>${escapeHtml(e.title)} <button type="button" data-example="${i}">Load</button></summary>` +
        `<pre id="example-${i}">${escapeHtml(e.query)}</pre></details>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ASEAN Urban Knowledge Graph API</title>
<style>${STYLE}</style></head><body>
<h1>ASEAN Urban Knowledge Graph — GraphQL API</h1>
<p>GraphQL endpoint: <code>${escapeHtml(endpoint)}</code>. Send queries with <code>POST</code> and
<code>content-type: application/json</code>; every node and relationship cites its <code>sources</code>.</p>
<pre>curl -s ${escapeHtml(endpoint)} -H 'content-type: application/json' \\
  -d '${escapeHtml(curlBody)}'</pre>
<p>Add <code>-H 'x-query-stats: 1'</code> to see database round trips in <code>extensions.queryStats</code>.
The schema (SDL) is at <a href="schema.graphql"><code>schema.graphql</code></a>; the server's health at <a href="health"><code>health</code></a>.</p>
<h2>Run a query</h2>
<textarea id="query" rows="14">${escapeHtml(first)}</textarea>
<p>Variables (JSON):</p><textarea id="variables" rows="3"></textarea>
<button type="button" id="run">Run</button><pre id="result"></pre>
<h2>Example queries</h2>
${list || '<p>No examples found (docs/queries.md).</p>'}
<script>${SCRIPT}</script></body></html>`;
}

const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The hashes of the page's inline script and style, for a Content-Security-Policy that allows only them. */
export const LANDING_PAGE_INLINE = { scripts: [sha256(SCRIPT)], styles: [sha256(STYLE)] } as const;

/** Serves `renderLandingPage` for GET requests that accept HTML, through Apollo's landing-page hook. */
export function landingPagePlugin(endpoint: () => string, examples: readonly ExampleQuery[]): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: async () => renderLandingPage(endpoint(), examples) };
        },
      };
    },
  };
}
