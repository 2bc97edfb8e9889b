import { AppError, ErrorCode, messageOf } from '../errors';

/** Where an engine error happened, for the message. */
export interface ErrorContext {
  /** The query name, or a short description of the statement. */
  readonly query?: string;
}

/** A project error code and message for an engine failure. */
export type MappedError = readonly [ErrorCode, string];

/** The message both adapters give when the per-query timeout interrupts a query. */
export const TIMEOUT_MESSAGE = 'The query took longer than the configured timeout (QUERY_TIMEOUT_MS)';

/** The message of a query dropped because its caller's deadline passed before it could start. */
export const BUDGET_TIMEOUT_MESSAGE = 'The request ran out of time before its query could start';

/** The hint for a label, relationship type or property the model lacks. */
export const MODEL_HINT = 'add it to the graph model in src/model/graph-model.ts';

/**
 * An engine failure as a project error: the adapter's table gives the code
 * and a message a person can act on (the unknown label, the duplicate id,
 * the syntax position) without engine jargon; anything the table does not
 * know is an internal error. The engine's own message stays in `details` and
 * the original error in `cause`, for logs.
 */
export function toAppError(
  error: unknown,
  mapped: (raw: string) => MappedError | undefined,
  context: ErrorContext = {},
): AppError {
  if (error instanceof AppError) return error;
  // Kùzu's query() errors arrive as "Error: Parser exception: …".
  const raw = messageOf(error).replace(/^Error: /, '');
  const [code, message] = mapped(raw) ?? [
    ErrorCode.INTERNAL_SERVER_ERROR,
    `Unexpected database error: ${raw.split('\n')[0]}`,
  ];
  const where = context.query === undefined ? '' : ` (in ${context.query})`;
  return new AppError(code, message + where, { engineMessage: raw }, { cause: error });
}
