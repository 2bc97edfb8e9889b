import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HttpConfig } from '../config';
import { ErrorCode, messageOf } from '../errors';
import type { Logger } from '../logger';
import type { ServerMetrics } from '../observability/metrics';
import { outcomeOf } from '../observability/metrics';
import { describeHttpError, errorBody, sendError } from './http-errors';

/** What the HTTP edge needs. */
export interface HttpAppOptions {
  readonly http: HttpConfig;
  readonly logger: Logger;
  readonly metrics: ServerMetrics;
}

/** A request id a client sent is kept when it is short and plain (it goes into logs and headers). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The security headers of an answer that no hook saw (helmet adds these and more to all others). */
const BARE_SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * Answers what Node's HTTP parser refuses before any request exists (a
 * malformed request line, headers over 16 KB, a client that took longer than
 * HTTP_REQUEST_TIMEOUT_MS to send its request) in the API's error shape,
 * with a request id and the bare security headers, then closes the socket.
 */
function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, ErrorCode.TIMEOUT, 'The request did not arrive in time (HTTP_REQUEST_TIMEOUT_MS).']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, ErrorCode.BAD_REQUEST, 'The request headers are larger than 16 KB.']
        : [400, ErrorCode.BAD_REQUEST, 'The request is not valid HTTP/1.1.'];
  const requestId = randomUUID();
  const body = JSON.stringify(errorBody(message, code, requestId));
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
    ...BARE_SECURITY_HEADERS,
  };
  if (socket.writable) {
    const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head.join('')}\r\n${body}`);
  }
  socket.destroy();
}

/** Requests whose log line is debug, not info: probes and scrapes, which would drown the rest. */
const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);

/** One line per request: who asked what, how it ended, how long it took, what the database did. */
function logResponse(logger: Logger, request: FastifyRequest, reply: FastifyReply): void {
  const route = request.routeOptions.url ?? 'unmatched';
  const context = request.graphql;
  const fields: Record<string, unknown> = {
    requestId: request.id,
    method: request.method,
    route,
    status: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime * 10) / 10,
  };
  if (context !== null) {
    fields.operationName = context.summary.operationName ?? null;
    fields.outcome = outcomeOf(context.summary.errorCodes);
    fields.errorCodes = context.summary.errorCodes;
    fields.roundTrips = context.stats.roundTrips;
    fields.dbTimeMs = Math.round(context.stats.dbTimeMs * 10) / 10;
  }
  const line = `${request.method} ${route} ${reply.statusCode}`;
  if (QUIET_ROUTES.has(route)) logger.debug(line, fields);
  else logger.info(line, fields);
}

/**
 * The HTTP edge on Fastify: request ids on every response, security headers
 * (helmet: a strict Content-Security-Policy, nosniff, frame and referrer
 * policies), CORS only for the configured origins, compression, an optional
 * per-client rate limit, body size and slow-client limits, one error shape
 * for everything Fastify refuses, and one log line per request. Routes are
 * registered by the caller.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const { http, logger, metrics } = options;
  const app = Fastify({
    logger: false,
    bodyLimit: http.bodyLimitBytes,
    // Node's own clocks for slow clients: a request must arrive whole within requestTimeout; the
    // check runs every second (Node's default is every 30 s, which lets slow clients linger).
    requestTimeout: http.requestTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
    http: {
      headersTimeout: http.requestTimeoutMs,
      requestTimeout: http.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, http.requestTimeoutMs),
    },
    forceCloseConnections: 'idle',
    // While closing, requests on open connections reach the routes, which answer them in the API's shape
    // (the phase is `stopping`), instead of Fastify's bare 503.
    return503OnClosing: false,
    clientErrorHandler,
    // A hop count trusts that many proxies nearest the server (Fastify's typings take it as a function).
    trustProxy:
      typeof http.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (http.trustProxy as number)
        : http.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Refusals before routing (a target that does not decode) skip the hooks: their headers are set here.
    frameworkErrors: (error, request, reply) => {
      const { status, code, message } = describeHttpError(error, http.bodyLimitBytes);
      void (reply as unknown as FastifyReply)
        .headers({ 'x-request-id': request.id, ...BARE_SECURITY_HEADERS })
        .code(status)
        .send(errorBody(message, code, request.id));
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpResponse(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode);
    logResponse(logger, request, reply);
  });

  await app.register(helmet, {
    // Every response's policy lists a fresh nonce for scripts and one for styles (helmet appends them): the
    // explorer page hands its style nonce to the one <style> element GraphiQL's dialogs inject.
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // The explorer page loads its script and style as files from /explorer/: nothing inline runs.
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // GraphiQL's stylesheet embeds its fonts as data: URLs.
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browser front-ends on other origins read the API through CORS, which this policy does not block.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  // After helmet's hook, so that this refusal carries the security headers too. Apollo's integration reads the
  // URL against the Host header; a target or host it cannot parse is the client's mistake, said here rather
  // than thrown later as an internal error.
  app.addHook('onRequest', async (request, reply) => {
    try {
      new URL(request.url, `${request.protocol}://${request.hostname}/`);
    } catch {
      metrics.error(ErrorCode.BAD_REQUEST);
      return sendError(request, reply, 400, ErrorCode.BAD_REQUEST, 'Cannot read the request target or Host header.');
    }
  });
  if (http.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: http.corsOrigins[0] === '*' ? '*' : [...http.corsOrigins],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: [
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'x-query-stats',
        'x-request-id',
      ],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    });
  }
  await app.register(compress, { global: true, threshold: 1024 });
  if (http.rateLimitMax > 0) {
    await app.register(rateLimit, {
      max: http.rateLimitMax,
      timeWindow: http.rateLimitWindowMs,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: ErrorCode.RATE_LIMITED,
        message: `Too many requests: at most ${context.max} per ${http.rateLimitWindowMs} ms from one client (RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS); retry in ${context.after}.`,
      }),
    });
  }

  app.setErrorHandler((error, request, reply) => {
    const described = describeHttpError(
      error as { statusCode?: unknown; code?: unknown; message: string },
      http.bodyLimitBytes,
    );
    if (described.status >= 500) {
      const stack = error instanceof Error ? error.stack : undefined;
      logger.error(`unexpected HTTP error: ${messageOf(error)}`, { requestId: request.id, stack });
    }
    metrics.error(described.code);
    // Fastify asks a client whose body is too large to close the connection, and closes it while the client
    // may still be sending: the client can then see the connection reset before it reads the 413. Keeping the
    // connection lets Node read and drop the rest of the body (HTTP_REQUEST_TIMEOUT_MS still bounds a slow one).
    if (described.status === 413) reply.removeHeader('connection');
    return sendError(request, reply, described.status, described.code, described.message);
  });
  app.setNotFoundHandler((request, reply) => {
    metrics.error(ErrorCode.ROUTE_NOT_FOUND);
    const path = request.url.split('?')[0] ?? request.url;
    return sendError(
      request,
      reply,
      404,
      ErrorCode.ROUTE_NOT_FOUND,
      `Nothing at ${request.method} ${path.slice(0, 200)}: GraphQL is served at / (GET and POST).`,
    );
  });
  return app;
}
