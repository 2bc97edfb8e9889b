import type autocannon from 'autocannon';
import type { MixEntry } from './soak/mix';

/** What a connection remembers between sending a request and reading its response (pipelining is 1). */
interface Pending {
  entry?: MixEntry;
  /** When the connection's request in flight was set up. */
  sentAt?: number;
}

/**
 * The one autocannon request both runners send: a POST of the next entry `next()` picks, each response handed to
 * `onAnswer` with the entry it answers and its time, taken from when its request was set up on the connection.
 * autocannon's own times drift once the server closes a connection (Fastify answers a body that is not JSON with
 * `Connection: close`): its queue keeps the request it wrote to the closing socket and times every later response
 * from that one (a soak's p50 read 4.3 s at 680 requests/s over 32 connections, where 32 / 680 s is 47 ms).
 */
export function timedRequest(
  url: string,
  next: () => MixEntry,
  onAnswer: (entry: MixEntry, status: number, body: string, ms: number) => void,
): autocannon.Request {
  const target = new URL(url);
  return {
    method: 'POST',
    path: `${target.pathname}${target.search}`,
    headers: { 'content-type': 'application/json' },
    setupRequest: (request: autocannon.Request, context: object) => {
      const entry = next();
      Object.assign(context as Pending, { entry, sentAt: performance.now() });
      return { ...request, body: entry.body };
    },
    onResponse: (status: number, body: string, context: object) => {
      const { entry, sentAt } = context as Pending;
      if (entry !== undefined && sentAt !== undefined) onAnswer(entry, status, body, performance.now() - sentAt);
    },
  };
}
