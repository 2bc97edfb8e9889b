import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { ROOT, startServerProcess, stopAllServers, waitForUrl } from '../support/server-process';

/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere. playwright-core downloads none. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'explorer');

/** Reads a value of the page's Cytoscape state (window.__explorer.cy), as an expression in the page. */
const count = (page: Page, selector: string): Promise<number> =>
  page.evaluate(`window.__explorer.cy.$(${JSON.stringify(selector)}).length`) as Promise<number>;

/**
 * Polls an expression in the page until it is truthy. Playwright's own waitForFunction evaluates a string
 * predicate with eval inside the page, which the page's Content-Security-Policy (rightly) refuses.
 */
async function waitFor(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(expression)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/**
 * The explorer page in a real browser, over the built server on a fresh
 * embedded database: search, draw a neighbourhood, expand, details with
 * sources, a path, the query editor's "Show in graph", exports. Every request
 * must stay on 127.0.0.1 and the console must stay free of errors (a CSP
 * violation is one).
 */
describe('the graph explorer in Chromium', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explorer-'));
  let browser: Browser | undefined;
  let url = '';
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const server = startServerProcess({ KUZU_PATH: path.join(dir, 'graph.kuzu'), PORT: '0' });
    url = await waitForUrl(server);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stopAllServers();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('explores from a search to a path, with citations and exports, offline and without errors', async () => {
    const context = await (browser as Browser).newContext({
      acceptDownloads: true,
      viewport: { width: 1400, height: 950 },
    });
    const outside: string[] = [];
    await context.route('**/*', async (route) => {
      const target = new URL(route.request().url());
      if (target.hostname === '127.0.0.1') return route.continue();
      outside.push(target.toString());
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    let step = 'loading';
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${step}: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`${step}: ${error.message}`));
    const shot = async (name: string) => {
      step = `after ${name}`;
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    };

    await page.goto(url);
    await waitFor(page, 'window.__explorer && window.__explorer.ready');
    await shot('01-loaded');

    // Search, then choose the hit with the keyboard.
    await page.fill('#search', 'hanoi');
    await page.waitForSelector('#suggestions li[data-id="city:hanoi"]');
    const first = await page.getAttribute('#suggestions li[aria-selected="true"]', 'data-id');
    for (let i = 0; first !== 'city:hanoi' && i < 10; i += 1) {
      await page.press('#search', 'ArrowDown');
      if ((await page.getAttribute('#suggestions li[aria-selected="true"]', 'data-id')) === 'city:hanoi') break;
    }
    await shot('02-suggestions');
    await page.press('#search', 'Enter');
    await waitFor(page, `window.__explorer.cy.nodes().length > 1`);
    const nodes = await count(page, 'node');
    const edges = await count(page, 'edge');
    expect(nodes).toBeGreaterThan(1);
    expect(edges).toBeGreaterThan(0);
    expect(await page.locator('#node-table tbody tr').count()).toBe(nodes);
    await shot('03-neighbourhood');

    // Select the neighbour with the most relationships (in the list view) and expand it from the details panel.
    const neighbour = (await page.evaluate(`window.__explorer.cy.$id('city:hanoi').neighborhood('node')
      .sort((a, b) => b.data('degree') - a.data('degree'))[0].id()`)) as string;
    await page.click(`#node-table tr[data-id="${neighbour}"]`);
    await page.waitForSelector('#details-expand');
    await page.click('#details-expand');
    await waitFor(page, `window.__explorer.cy.nodes().length > ${nodes}`);
    expect(await count(page, 'node')).toBeGreaterThan(nodes);
    await shot('04-expanded');

    // Details and citations of Hanoi, reached with the keyboard in the list view (arrow keys, then Enter).
    await page.focus('#node-table tbody tr[tabindex="0"]');
    for (let i = 0; i < 200; i += 1) {
      const focused = await page.evaluate('document.activeElement.dataset.id');
      if (focused === 'city:hanoi') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details .source cite');
    const details = (await page.textContent('#details')) ?? '';
    expect(details).toContain('Hanoi');
    expect(details).toContain('Sources');
    expect((await page.locator('#details .source cite').first().textContent())?.trim()).not.toBe('');
    await shot('05-details');

    // A path from Hanoi to a node two hops away.
    await page.click('#details-path-from');
    const far = (await page.evaluate(`window.__explorer.cy.nodes().filter((n) => n.id() !== 'city:hanoi'
      && n.edgesWith(window.__explorer.cy.$id('city:hanoi')).empty())[0].id()`)) as string;
    await page.click(`#node-table tr[data-id="${far}"]`);
    await page.waitForSelector('#details-path-to');
    await page.click('#details-path-to');
    await page.check('#path-all');
    await page.click('#path-show');
    await waitFor(page, `window.__explorer.cy.$('.path').length > 0`);
    expect(await count(page, '.path')).toBeGreaterThan(0);
    expect(await count(page, 'edge.path')).toBeGreaterThan(0);
    await page.waitForTimeout(400); // the view zooms to the path
    await shot('06-path');

    // The timeline of the view, then only 2018 to 2019.
    await page.waitForSelector('#timeline li');
    await page.fill('#year-from', '2018');
    await page.fill('#year-to', '2019');
    await page.click('#timeline-apply');
    await waitFor(
      page,
      `[...document.querySelectorAll('#timeline time')].every((t) => /^201[89]/.test(t.textContent))`,
    );
    expect(await page.locator('#timeline time').count()).toBeGreaterThan(0);
    await shot('07-timeline');

    // Exports of the view: each download is a non-empty file.
    for (const [button, ending] of [
      ['#export-png', '.png'],
      ['#export-json', '.cyjs'],
      ['#export-gexf', '.gexf'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(download.suggestedFilename().endsWith(ending)).toBe(true);
      const file = await download.path();
      expect(fs.statSync(file).size).toBeGreaterThan(100);
      if (ending === '.gexf') expect(fs.readFileSync(file, 'utf8')).toContain('<gexf');
      if (ending === '.cyjs')
        expect(JSON.parse(fs.readFileSync(file, 'utf8')).elements.nodes.length).toBeGreaterThan(0);
    }

    // The query editor: a neighbourhood query's result drawn with "Show in graph".
    await page.click('#clear');
    await page.click('#tab-query');
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    const editorText = `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()`;
    await page.selectOption('.example-picker', '1');
    expect(await page.evaluate(editorText)).toMatch(/^# .+\n/);
    // The documentation explorer reads the schema the page built from /schema.graphql.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    expect(await page.textContent('.graphiql-doc-explorer')).toContain('Query');
    await page.click('button[aria-label="Open settings dialog"]');
    await page.waitForSelector('[role="dialog"]');
    await page.keyboard.press('Escape');
    await page.evaluate(`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(
      '{ neighborhood(id: "city:cebu-city") { nodes { id label name degree } edges { id source target type } } }')`);
    await page.click('.graphiql-execute-button');
    await waitFor(page, `(document.querySelector('.graphiql-response') || {}).textContent?.includes('city:cebu-city')`);
    await shot('08-query-editor');
    await page.click('#show-in-graph');
    await waitFor(page, `window.__explorer.cy.nodes().length > 1`);
    expect(await page.isVisible('#cy')).toBe(true);
    await shot('09-show-in-graph');

    // A narrow screen stacks the panels.
    await page.setViewportSize({ width: 420, height: 900 });
    await shot('10-narrow');
    const layout = (await page.evaluate(`(() => {
      const controls = document.querySelector('.controls').getBoundingClientRect();
      const graph = document.querySelector('#cy').getBoundingClientRect();
      const wide = [...document.querySelectorAll('body *:not(#cy *)')].filter((e) => e.getBoundingClientRect().right > 421)
        .map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8);
      return { stacked: graph.top >= controls.bottom, overflow: document.documentElement.scrollWidth - 420, wide };
    })()`)) as { stacked: boolean; overflow: number; wide: string[] };
    expect(layout.stacked).toBe(true);
    expect(layout).toEqual({ stacked: true, overflow: 0, wide: [] });

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
