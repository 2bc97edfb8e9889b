import { forwardingDatabase } from '../../src/db';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';
import { testConfig } from '../support/test-database';

const CITY = '{ city(id: "city:hanoi") { name } }';

/** The number of GraphQL requests `/metrics` reports in this state (`running` or `waiting`). */
async function inProgress(api: TestApi, state: 'running' | 'waiting'): Promise<number> {
  const text = await (await fetch(new URL('/metrics', api.url))).text();
  const line = text.split('\n').find((l) => l.startsWith(`kg_graphql_requests_in_progress{state="${state}"}`));
  return Number(line?.split(' ')[1]);
}

/** Polls until `check` holds (a request reaching the gate is not observable otherwise). */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the condition never held');
}

describe('admission: GraphQL requests executed at once, over HTTP', () => {
  let api: TestApi;
  let release = (): void => undefined;
  let held = Promise.resolve();
  const reads: string[] = [];
  beforeAll(async () => {
    api = await startTestApi({
      config: { http: { ...testConfig('kuzu').http, graphqlConcurrency: 1, graphqlQueue: 1 } },
      // Every read of the seeded graph waits until the test releases it, so a request keeps its turn.
      wrapDb: (inner) => ({
        ...forwardingDatabase(inner),
        read: async (query, params, options) => {
          reads.push(typeof query === 'string' ? query : query.name);
          await held;
          return inner.read(query, params, options);
        },
      }),
    });
  });
  afterAll(() => api.close());

  it('runs one request at a time, queues one, and refuses the next with 503 SERVER_BUSY', async () => {
    held = new Promise<void>((resolve) => (release = resolve));
    const first = api.post(CITY);
    await until(async () => reads.length > 0);
    const second = api.post(CITY);
    await until(async () => (await inProgress(api, 'waiting')) === 1);
    expect(await inProgress(api, 'running')).toBe(1);
    const readsBefore = reads.length;

    const refused = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CITY }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('SERVER_BUSY');
    expect(body.errors[0]?.message).toContain('GRAPHQL_QUEUE');
    // Neither the refused request nor the queued one has read anything yet.
    expect(reads.length).toBe(readsBefore);

    release();
    for (const answer of await Promise.all([first, second])) {
      expect(answer.status).toBe(200);
      expect(answer.data).toEqual({ city: { name: 'Hanoi' } });
    }
    expect(await inProgress(api, 'running')).toBe(0);
    expect(await inProgress(api, 'waiting')).toBe(0);
    const metrics = await (await fetch(new URL('/metrics', api.url))).text();
    expect(metrics).toMatch(/kg_errors_total\{code="SERVER_BUSY"\} 1/);
  });

  it('never holds the probes or the explorer page behind the gate', async () => {
    held = new Promise<void>((resolve) => (release = resolve));
    const busy = api.post(CITY);
    await until(async () => (await inProgress(api, 'running')) === 1);
    const queued = api.post(CITY);
    await until(async () => (await inProgress(api, 'waiting')) === 1);
    expect((await fetch(new URL('/health', api.url))).status).toBe(200);
    expect((await fetch(api.url, { headers: { accept: 'text/html' } })).status).toBe(200);
    release();
    expect((await busy).status).toBe(200);
    expect((await queued).status).toBe(200);
  });
});
