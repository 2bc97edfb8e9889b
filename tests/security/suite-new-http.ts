import { HEALTH_ENGINE } from './cases-http';
import { slowBodyHead, trickle, uploadUntilAnswered } from './raw-sockets';
import { expectNoLeak, expectSafeReply, expectStillServing, post, send } from './support';

/**
 * What the new HTTP layer adds: `/ready` and `/metrics`, the body limit of
 * BODY_LIMIT_BYTES (1,000,000 here) answered with 413, and clients that send
 * their request slowly cut off after HTTP_REQUEST_TIMEOUT_MS (3000 here).
 * The margins are wide: 15 s for a 3 s timeout.
 */

const CUT_OFF_MS = 15_000;
const SLOW = { everyMs: 500, giveUpMs: CUT_OFF_MS };

export function describeLimitsBeingBuilt(port: () => number, counted: () => void): void {
  describe('readiness and metrics endpoints', () => {
    it('GET /ready answers 200 once the graph is served', async () => {
      const reply = await send(port(), { path: '/ready' });
      counted();
      // `/ready`, like `/health`, names the engine for the operator.
      expectSafeReply('GET /ready', { ...reply, text: reply.text.replace(HEALTH_ENGINE, '') });
      expect(reply.status).toBe(200);
    });

    it('GET /metrics serves Prometheus text without leaking paths or the engine', async () => {
      const reply = await send(port(), { path: '/metrics' });
      counted();
      expect(reply.status).toBe(200);
      expect(String(reply.headers['content-type'])).toMatch(/^text\/plain/);
      expect(reply.text).toMatch(/^# (HELP|TYPE) /m);
      expectNoLeak(reply.text, 'GET /metrics');
    });
  });

  describe('body limit (BODY_LIMIT_BYTES=1000000)', () => {
    it.each([
      ['a 20 MB body', 20_000_000],
      ['a body of 1,000,100 bytes', 1_000_100],
    ])('answers %s with 413 and keeps serving', async (name, bytes) => {
      const outcome = await uploadUntilAnswered(port(), bytes);
      counted();
      expect({ name, status: outcome.status }).toEqual({ name, status: 413 });
      await expectStillServing(port(), name);
    });

    it('serves a body just inside the limit', async () => {
      const padding = 'p'.repeat(990_000);
      const reply = await post(port(), { query: '{ __typename }', variables: { padding } });
      counted();
      expect(reply.status).toBe(200);
    });
  });

  describe('slow clients (HTTP_REQUEST_TIMEOUT_MS=3000)', () => {
    const body = '{'.padEnd(1000, ' ');
    let twenty: Promise<{ status: number; endedAfterMs: number | undefined }[]> | undefined;

    it('closes a body sent one byte every 500 ms within 15 s (or answers 408)', async () => {
      const outcome = await trickle(port(), slowBodyHead(1000), body, SLOW);
      counted();
      expect({ cutOff: outcome.endedAfterMs !== undefined, closedOr408: [0, 408].includes(outcome.status) }).toEqual({
        cutOff: true,
        closedOr408: true,
      });
    }, 30_000);

    it('closes headers sent one byte every 500 ms within 15 s (or answers 408)', async () => {
      const outcome = await trickle(
        port(),
        'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n',
        'X-Slow: '.padEnd(1000, 's'),
        SLOW,
      );
      counted();
      expect({ cutOff: outcome.endedAfterMs !== undefined, closedOr408: [0, 408].includes(outcome.status) }).toEqual({
        cutOff: true,
        closedOr408: true,
      });
    }, 30_000);

    it('answers a normal query while 20 slow-body sockets are open', async () => {
      twenty = Promise.all(Array.from({ length: 20 }, () => trickle(port(), slowBodyHead(1000), body, SLOW)));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const started = Date.now();
      const reply = await post(port(), { query: '{ graphStats { nodeCount } }' });
      counted();
      expect(reply.status).toBe(200);
      expect(reply.text).toContain('"nodeCount":194');
      expect(Date.now() - started).toBeLessThan(5_000);
    }, 30_000);

    it('closes all 20 slow-body sockets within 15 s', async () => {
      expect(twenty).toBeDefined();
      const outcomes = (await twenty) ?? [];
      counted();
      const open = outcomes.filter((o) => o.endedAfterMs === undefined).length;
      const statuses = [...new Set(outcomes.map((o) => o.status))];
      expect({ open, statuses }).toEqual({ open: 0, statuses });
      expect({ statuses, closedOr408: statuses.every((s) => s === 0 || s === 408) }).toEqual({
        statuses,
        closedOr408: true,
      });
    }, 30_000);
  });
}
