import type { RawRequest, Reply } from './support';
import { send } from './support';

/**
 * Headers the new HTTP layer puts on every response: `x-request-id` (so a
 * researcher can quote any answer, errors included) and
 * `x-content-type-options: nosniff`. Kept apart so the failures on the old
 * stack are easy to see.
 */

const PROBES: [string, RawRequest][] = [
  [
    'POST / with a query (200)',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' },
  ],
  [
    'POST / with invalid JSON (400)',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' },
  ],
  ['PUT / (405)', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }],
  ['GET / without the preflight header (400)', { path: '/?query=%7B__typename%7D' }],
  ['GET /nothing-here (404)', { path: '/nothing-here' }],
  ['GET /health', { path: '/health' }],
  ['GET /schema.graphql', { path: '/schema.graphql' }],
  ['GET /export/graph.graphml', { path: '/export/graph.graphml' }],
  ['GET /export/graph.exe (404)', { path: '/export/graph.exe' }],
  [
    'OPTIONS / (CORS preflight)',
    { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' } },
  ],
  ['GET /ready', { path: '/ready' }],
  ['GET /metrics', { path: '/metrics' }],
];

/** The names of the answers that lack `header` (at most 15, and how many in all). */
function lacking(answers: { name: string; reply: Reply }[], has: (reply: Reply) => boolean): string[] {
  const missing = answers.filter((a) => !has(a.reply)).map((a) => `${a.reply.status} ${a.name}`);
  return missing.length === 0 ? [] : [`${missing.length} of ${answers.length}`, ...missing.slice(0, 15)];
}

const hasRequestId = (reply: Reply): boolean => /\S/.test(String(reply.headers['x-request-id'] ?? ''));
const hasNosniff = (reply: Reply): boolean => reply.headers['x-content-type-options'] === 'nosniff';

export function describeHeaders(port: () => number, answered: () => { name: string; reply: Reply }[]): void {
  describe('headers on every response', () => {
    it.each(PROBES)('%s carries an x-request-id', async (name, request) => {
      const reply = await send(port(), request);
      expect({ name, requestId: reply.headers['x-request-id'] }).toEqual({
        name,
        requestId: expect.stringMatching(/\S/),
      });
    });

    it.each(PROBES)('%s carries x-content-type-options: nosniff', async (name, request) => {
      const reply = await send(port(), request);
      expect({ name, nosniff: reply.headers['x-content-type-options'] }).toEqual({ name, nosniff: 'nosniff' });
    });

    it('every hostile case the application answered carried an x-request-id', () => {
      expect(answered().length).toBeGreaterThan(100);
      expect(lacking(answered(), hasRequestId)).toEqual([]);
    });

    it('every hostile case the application answered carried x-content-type-options: nosniff', () => {
      expect(lacking(answered(), hasNosniff)).toEqual([]);
    });
  });
}
