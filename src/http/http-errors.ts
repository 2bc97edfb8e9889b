import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../errors';
import type { ServerMetrics } from '../observability/metrics';
import type { Readiness } from '../readiness';

/** The body of every error the HTTP layer sends: the shape of a GraphQL error response. */
export function errorBody(message: string, code: string, requestId: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra, requestId } }] };
}

/** The code an HTTP status stands for, when the error carries none of the project's codes. */
function codeOfStatus(status: number): ErrorCode {
  if (status === 404) return ErrorCode.ROUTE_NOT_FOUND;
  if (status === 408) return ErrorCode.TIMEOUT;
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 415) return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
  if (status === 429) return ErrorCode.RATE_LIMITED;
  return status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_REQUEST;
}

/** Messages of Fastify's own refusals, said for the API's users (the originals name Fastify internals). */
function messageOf(error: { code?: unknown; message: string }, status: number, bodyLimit: number): string {
  if (status === 413) return `The request body is larger than ${bodyLimit} bytes (BODY_LIMIT_BYTES).`;
  if (status === 415) return 'The API reads JSON bodies: send content-type: application/json.';
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)
    return 'The request body is not valid JSON.';
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return 'The request body is empty; send a JSON object with a query.';
  if (error.code === 'FST_ERR_BAD_URL') return 'Cannot read the request target.';
  return error.message;
}

/** Status, code and message of an error raised while reading or routing a request. */
/** Database failures outside GraphQL (the exports): the status and the fixed message GraphQL gives them too. */
const DATABASE_FAILURES: Readonly<Record<string, [number, string]>> = {
  [ErrorCode.TIMEOUT]: [503, 'The database did not answer within the time limit; try again later.'],
  [ErrorCode.DATABASE_UNAVAILABLE]: [503, 'The database is unavailable; try again later.'],
  [ErrorCode.DATABASE_CLOSED]: [503, 'The server is shutting down; try again later.'],
};

export function describeHttpError(
  error: { statusCode?: unknown; code?: unknown; message: string },
  bodyLimit: number,
): { status: number; code: string; message: string } {
  const database = error instanceof AppError ? DATABASE_FAILURES[error.code] : undefined;
  if (database !== undefined) return { status: database[0], code: (error as AppError).code, message: database[1] };
  const raw = typeof error.statusCode === 'number' ? error.statusCode : 500;
  const status = raw >= 400 && raw <= 599 ? raw : 500;
  const own = typeof error.code === 'string' && error.code in ErrorCode ? error.code : undefined;
  if (status >= 500) return { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Unexpected error.' };
  return { status, code: own ?? codeOfStatus(status), message: messageOf(error, status, bodyLimit) };
}

/** Sends an error body with its status (the request id header is already on the reply). */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(errorBody(message, code, request.id, extra));
}

/** Refuses a request that needs the graph while the server is not ready (seeding, waiting, stopping): 503 with Retry-After. */
export function sendNotReady(
  request: FastifyRequest,
  reply: FastifyReply,
  readiness: Readiness,
  metrics: ServerMetrics,
): FastifyReply {
  metrics.error(ErrorCode.DATABASE_UNAVAILABLE);
  return sendError(
    request,
    reply.header('retry-after', '5'),
    503,
    ErrorCode.DATABASE_UNAVAILABLE,
    `The graph is not ready yet (${readiness.reason}); try again shortly.`,
  );
}
