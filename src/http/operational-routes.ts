import type { FastifyInstance } from 'fastify';
import { ErrorCode, messageOf } from '../errors';
import type { Logger } from '../logger';
import type { ServerMetrics } from '../observability/metrics';
import type { Readiness } from '../readiness';
import { sendError, sendNotReady } from './http-errors';

/** What the operational routes read. */
export interface OperationalOptions {
  readonly engine: string;
  readonly readiness: Readiness;
  readonly metrics: ServerMetrics;
  readonly logger: Logger;
  /** Resolves when the database answers a trivial query in time (for `/ready`). */
  readonly ping: () => Promise<void>;
  /** The whole graph as a file, for `GET /export/graph.<extension>`; undefined for an unknown extension. */
  readonly exportGraph: (extension: string) => Promise<{ text: string; mediaType: string } | undefined>;
  /** The schema as SDL, for `GET /schema.graphql`. */
  readonly schemaText: string;
}

/** Routes that a probe, a scraper or a script calls, exempt from the rate limit. */
const PROBE = { config: { rateLimit: false } } as const;

/**
 * `/health` (liveness: the process serves HTTP; 200 whatever the database
 * does, so an orchestrator does not restart a server for a database outage
 * or a busy pool),
 * `/ready` (readiness: 200 only when start-up is done and the database
 * answers now), `/metrics` (Prometheus), `/schema.graphql` and the
 * whole-graph exports.
 */
export function registerOperationalRoutes(app: FastifyInstance, options: OperationalOptions): void {
  const { readiness, engine } = options;
  // No database work: a liveness probe must answer at once even when every connection is busy.
  app.get('/health', PROBE, async () => ({ status: 'ok', engine, phase: readiness.phase }));

  app.get('/ready', PROBE, async (_request, reply) => {
    if (!readiness.isReady) {
      return reply.code(503).send({ status: 'unavailable', engine, phase: readiness.phase, reason: readiness.reason });
    }
    try {
      await options.ping();
      return { status: 'ready', engine, phase: readiness.phase };
    } catch (error) {
      options.logger.warn(`readiness check failed: ${messageOf(error)}`);
      return reply
        .code(503)
        .send({ status: 'unavailable', engine, phase: readiness.phase, reason: 'the database does not answer' });
    }
  });

  app.get('/metrics', PROBE, async (_request, reply) => {
    const text = await options.metrics.registry.metrics();
    return reply.type(options.metrics.registry.contentType).send(text);
  });

  app.get('/schema.graphql', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(options.schemaText),
  );

  app.get<{ Params: { file: string } }>('/export/:file', async (request, reply) => {
    const { file } = request.params;
    if (!readiness.isReady) return sendNotReady(request, reply, readiness, options.metrics);
    const extension = file.startsWith('graph.') ? file.slice('graph.'.length) : '';
    const found = extension === '' ? undefined : await options.exportGraph(extension);
    if (found === undefined) {
      options.metrics.error(ErrorCode.ROUTE_NOT_FOUND);
      return sendError(
        request,
        reply,
        404,
        ErrorCode.ROUTE_NOT_FOUND,
        `No export at /export/${file}: use graph.cyjs, graph.graphology.json, graph.gexf or graph.graphml.`,
      );
    }
    return reply
      .type(found.mediaType)
      .header('content-disposition', `attachment; filename="asean-urban-kg.${extension}"`)
      .send(found.text);
  });
}
