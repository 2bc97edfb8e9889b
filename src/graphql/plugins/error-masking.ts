import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../../context';
import { AppError, ErrorCode, messageOf } from '../../errors';

/** Codes whose message is written for the caller and safe to show. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.LIMIT_EXCEEDED,
  // Apollo Server's own request errors (parse, validation, bad request, unknown operation).
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Database failures a caller may retry: their code is shown with a fixed message, never the engine's. */
const DATABASE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.TIMEOUT]: 'The database did not answer within the time limit; try a smaller query.',
  [ErrorCode.DATABASE_UNAVAILABLE]: 'The database is unavailable; try again later.',
  [ErrorCode.DATABASE_CLOSED]: 'The server is shutting down; try again later.',
};

// graphql-js 16 spells it "more that".
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

function codeOf(error: unknown): string | undefined {
  if (error instanceof GraphQLError)
    return typeof error.extensions.code === 'string' ? error.extensions.code : undefined;
  return error instanceof AppError ? error.code : undefined;
}

/**
 * Apollo refuses some requests with an HTTP 4xx status but no code (a
 * persisted-query hash that does not match its query, an unknown
 * persisted-query version): they are the client's mistake, `BAD_REQUEST`.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || codeOf(error) !== undefined || error.originalError !== undefined)
    return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** True when the error is shown to the caller as it is (everything else is masked and logged). */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  const code = codeOf(original) ?? codeOf(error);
  return (code !== undefined && (PUBLIC_CODES.has(code) || code in DATABASE_MESSAGES)) || isUncodedClientError(error);
}

/**
 * Apollo's `formatError`: expected errors keep their message and code;
 * database errors keep their code with a fixed message; anything else
 * becomes "Unexpected error." with `INTERNAL_SERVER_ERROR`. The request id
 * is added later (see `requestIdPlugin`). Stack traces are dropped unless
 * `exposeErrors` is on.
 */
export function formatErrorFor(exposeErrors: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const shown = exposeErrors ? { ...formatted } : { ...formatted, extensions };
    const tokens = TOO_MANY_TOKENS.exec(formatted.message);
    if (tokens !== null) {
      const max = Number(tokens[1]);
      const message = `The query has more than ${max} tokens; the limit is ${max}.`;
      return {
        ...shown,
        message,
        extensions: { ...shown.extensions, code: ErrorCode.LIMIT_EXCEEDED, limit: 'tokens', maximum: max },
      };
    }
    // Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; a limit rule's own code wins.
    if (error instanceof GraphQLError && codeOf(error.originalError) === ErrorCode.LIMIT_EXCEEDED) {
      return { ...shown, extensions: { ...shown.extensions, code: ErrorCode.LIMIT_EXCEEDED } };
    }
    if (isUncodedClientError(error)) return { ...shown, extensions: { ...shown.extensions, code: 'BAD_REQUEST' } };
    const original = unwrapResolverError(error);
    const code = codeOf(original) ?? codeOf(error);
    if (code !== undefined && PUBLIC_CODES.has(code)) return shown;
    const fixed = code === undefined ? undefined : DATABASE_MESSAGES[code as ErrorCode];
    const masked: GraphQLFormattedError = {
      message: fixed ?? 'Unexpected error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: fixed === undefined ? ErrorCode.INTERNAL_SERVER_ERROR : code },
    };
    if (!exposeErrors) return masked;
    return { ...masked, extensions: { ...masked.extensions, detail: messageOf(original), stacktrace } };
  };
}

/**
 * Logs unexpected errors with the request id (the only place their details
 * go) and puts the request id into every error the response carries, so a
 * researcher can quote it.
 */
export function requestIdPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const fields = { requestId: contextValue.requestId, operationName, path: error.path?.join('.') };
            if (isExpectedError(error)) {
              // The code and path only: a client error's message may quote a variable's value.
              const code = String(error.extensions?.code ?? codeOf(unwrapResolverError(error)) ?? 'unknown');
              contextValue.logger.debug(`request error ${code}`, { ...fields, code });
            } else {
              const original = unwrapResolverError(error);
              const stack = original instanceof Error ? original.stack : undefined;
              contextValue.logger.error(`unexpected error: ${messageOf(original)}`, { ...fields, stack });
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          if (result.errors === undefined) return;
          const errors = result.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
          if (body.kind === 'single') body.singleResult = { ...body.singleResult, errors };
          else body.initialResult = { ...body.initialResult, errors };
        },
      };
    },
  };
}
