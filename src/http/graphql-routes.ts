import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import type { RequestContext } from '../context';
import type { Readiness } from '../readiness';
import type { ServerMetrics } from '../observability/metrics';
import type { ExecutionGate } from './execution-gate';
import { sendError, sendNotReady } from './http-errors';

/** What the GraphQL routes need besides Apollo. */
export interface GraphqlRouteOptions {
  readonly readiness: Readiness;
  readonly metrics: ServerMetrics;
  /** Builds the context of one request. */
  readonly context: (request: FastifyRequest) => Promise<RequestContext>;
  /** Checks a request's query text before Apollo parses and validates it; a refusal is sent as it is. */
  readonly guard: (query: string) => GraphQLError | undefined;
  /** Bounds the requests Apollo executes at once; a request that finds its line full is refused with 503. */
  readonly gate: ExecutionGate;
  /** The page a browser gets at these URLs, given the style nonce of the response's Content-Security-Policy. */
  readonly page?: (styleNonce: string) => string;
}

/** A browser navigating to the endpoint: GET, HTML accepted, no query in the URL (Apollo's landing page is off). */
function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET') return false;
  const search = request.query as Record<string, unknown> | undefined;
  return search?.query === undefined && /\btext\/html\b/i.test(String(request.headers.accept ?? ''));
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The GraphQL context of the request, once built (the request log line reads its summary and stats). */
    graphql: RequestContext | null;
  }
}

/** The query text of a GraphQL request: `query` of a JSON body, or of the URL for GET. */
function queryText(request: FastifyRequest): string | undefined {
  const body = request.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && 'query' in body) {
    const query = (body as { query: unknown }).query;
    return typeof query === 'string' ? query : undefined;
  }
  const search = request.query as Record<string, unknown> | undefined;
  return typeof search?.query === 'string' ? search.query : undefined;
}

/**
 * GraphQL at `/` and `/graphql`, `GET` and `POST`, through Apollo's Fastify
 * integration. Before Apollo sees a request: a query is refused with 503
 * while the server is not ready (seeding, or waiting for the database), and
 * the document guard refuses documents that would stall validation, and the
 * execution gate holds a request until one of its turns is free.
 * A browser that navigates here (GET, HTML accepted, no query) gets the
 * explorer page, even before the server is ready.
 * Apollo's CSRF prevention stays on (a `GET` needs `apollo-require-preflight`
 * or another non-simple header) and batched requests stay off.
 */
export function registerGraphqlRoutes(
  app: FastifyInstance,
  apollo: ApolloServer<RequestContext>,
  options: GraphqlRouteOptions,
): void {
  app.decorateRequest('graphql', null);
  const refuse = (request: FastifyRequest, reply: FastifyReply, status: number, error: GraphQLError) => {
    // `http` is Apollo's instruction for the status, not something to show.
    const extensions = Object.fromEntries(Object.entries(error.extensions).filter(([key]) => key !== 'http'));
    const code = String(extensions.code);
    delete extensions.code;
    options.metrics.error(code);
    return sendError(request, reply, status, code, error.message, extensions);
  };
  const preHandler = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (options.page !== undefined && wantsPage(request)) {
      await reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(options.page(reply.cspNonce?.style ?? ''));
      return;
    }
    const query = queryText(request);
    if (query === undefined) return;
    if (!options.readiness.isReady) {
      await sendNotReady(request, reply, options.readiness, options.metrics);
      return;
    }
    const refusal = options.guard(query);
    if (refusal !== undefined) await refuse(request, reply, 400, refusal);
  };
  const handler = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const context = await options.context(request);
      request.graphql = context;
      return context;
    },
  });
  const gated: typeof handler = async function (this: FastifyInstance, request, reply) {
    const leave = await options.gate.enter();
    if (leave === undefined) {
      options.metrics.error(ErrorCode.SERVER_BUSY);
      const { queue } = options.gate.stats();
      return sendError(
        request,
        reply.header('retry-after', '1'),
        503,
        ErrorCode.SERVER_BUSY,
        `The server is busy: ${queue} GraphQL requests are already waiting for a turn (GRAPHQL_QUEUE); try again shortly.`,
      );
    }
    try {
      return await handler.call(this, request, reply);
    } finally {
      leave();
    }
  };
  for (const url of ['/', '/graphql']) {
    app.route({ method: ['GET', 'POST'], url, preHandler, handler: gated });
  }
}
