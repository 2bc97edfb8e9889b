import { AppError, messageOf } from './app-error';
import { ErrorCode } from './codes';

/** Where an engine error happened, for the message. */
export interface ErrorContext {
  /** The query name, or a short description of the statement. */
  readonly query?: string;
}

const MODEL_HINT = 'add it to the graph model in src/model/graph-model.ts';

/**
 * The driver wraps a socket failure ("connect ECONNREFUSED 127.0.0.1:7687")
 * in a paragraph of advice, and a routing driver wraps that again in a
 * discovery error: the innermost "Caused by:" is the reason a person needs.
 */
function connectionReason(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const m = /Caused by: (.+)$/m.exec(current.message);
    if (m) return m[1];
    current = current.cause;
  }
  return undefined;
}

/**
 * The one place engine errors become project errors. Messages keep what a
 * person needs (the unknown label, the duplicate id, the syntax position)
 * and drop engine jargon; the original error is kept as `cause` for logs.
 */
export function mapEngineError(error: unknown, context: ErrorContext = {}): AppError {
  if (error instanceof AppError) return error;
  // Kùzu's query() errors arrive as "Error: Parser exception: …".
  const raw = messageOf(error).replace(/^Error: /, '');
  const neo4jCode = (error as { code?: unknown } | null)?.code;
  const where = context.query === undefined ? '' : ` (in ${context.query})`;
  const make = (code: ErrorCode, message: string): AppError =>
    new AppError(code, message + where, { engineMessage: raw }, { cause: error });

  // Neo4j status codes first: Neo4j messages quote the query, so the Kùzu
  // message patterns below could match words of the query text.
  if (typeof neo4jCode === 'string') {
    if (neo4jCode.startsWith('Neo.ClientError.Statement.SyntaxError'))
      return make(ErrorCode.INVALID_QUERY, `Cypher syntax error: ${raw.split('\n')[0]}`);
    if (neo4jCode.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed'))
      return make(ErrorCode.CONSTRAINT_VIOLATION, raw.split('\n')[0] ?? raw);
    if (neo4jCode.includes('TransactionTimedOut'))
      return make(ErrorCode.TIMEOUT, 'The query took longer than the configured timeout (QUERY_TIMEOUT_MS)');
    if (neo4jCode.startsWith('Neo.ClientError.Statement'))
      return make(ErrorCode.INVALID_QUERY, raw.split('\n')[0] ?? raw);
    if (neo4jCode === 'Neo.ClientError.Transaction.ForbiddenDueToTransactionType') {
      // Neo4j will not mix schema commands and data writes in one transaction (a script is one).
      return make(
        ErrorCode.INVALID_QUERY,
        `Schema commands and data changes cannot share a transaction: apply cypher/neo4j/schema.cypher on its own (${raw.split('\n')[0]})`,
      );
    }
    if (neo4jCode === 'Neo.ClientError.Security.Unauthorized') {
      return make(
        ErrorCode.DATABASE_UNAVAILABLE,
        'Neo4j rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD',
      );
    }
    if (neo4jCode === 'Neo.ClientError.Database.DatabaseNotFound') {
      return make(
        ErrorCode.DATABASE_UNAVAILABLE,
        `Neo4j database not found: check NEO4J_DATABASE (${raw.split('\n')[0]})`,
      );
    }
    if (
      ['ServiceUnavailable', 'SessionExpired'].includes(neo4jCode) ||
      neo4jCode.startsWith('Neo.ClientError.Security') ||
      raw.startsWith('Connection acquisition timed out')
    ) {
      return make(
        ErrorCode.DATABASE_UNAVAILABLE,
        `Neo4j is unavailable: ${connectionReason(error) ?? raw.split('\n')[0]}`,
      );
    }
    if (neo4jCode.startsWith('Neo.'))
      return make(ErrorCode.INTERNAL_SERVER_ERROR, `Unexpected database error: ${raw.split('\n')[0]}`);
  }

  // Kùzu messages
  let m = /Table (\w+) does not exist/.exec(raw);
  if (m) return make(ErrorCode.MODEL_VIOLATION, `Unknown label or relationship type ${m[1]}: ${MODEL_HINT}`);
  m = /Cannot find property (\w+) for (\w+)/.exec(raw);
  if (m) return make(ErrorCode.MODEL_VIOLATION, `Unknown property ${m[1]} on ${m[2]}: ${MODEL_HINT}`);
  m = /Found duplicated primary key value (.*?), which violates/.exec(raw);
  if (m) return make(ErrorCode.CONSTRAINT_VIOLATION, `Duplicate id ${m[1]}: ids must be unique`);
  if (/Write-write conflict/.test(raw))
    return make(
      ErrorCode.WRITE_CONFLICT,
      'The embedded database refuses to update rows that a rolled-back transaction of this process touched (a Kùzu 0.11.3 defect): restart the process and run the write again',
    );
  if (/^Parser exception/.test(raw))
    return make(
      ErrorCode.INVALID_QUERY,
      `Cypher syntax error: ${raw.replace(/^Parser exception: /, '').split('\n')[0]}`,
    );
  if (/^Binder exception|^Catalog exception/.test(raw))
    return make(ErrorCode.INVALID_QUERY, `Invalid Cypher: ${raw.replace(/^\w+ exception: /, '')}`);
  if (/Interrupted|timeout/i.test(raw) && !/Could not set lock/.test(raw))
    return make(ErrorCode.TIMEOUT, 'The query took longer than the configured timeout (QUERY_TIMEOUT_MS)');
  if (/Could not set lock on file/.test(raw))
    return make(ErrorCode.DATABASE_UNAVAILABLE, 'The embedded database is locked by another process');
  if (/^(Runtime|Conversion|Overflow) exception/.test(raw))
    return make(ErrorCode.INVALID_QUERY, raw.replace(/^\w+ exception: /, ''));
  return make(ErrorCode.INTERNAL_SERVER_ERROR, `Unexpected database error: ${raw.split('\n')[0]}`);
}

/** A statement of a script failed; the whole script was rolled back. */
export class StatementError extends AppError {
  override readonly name = 'StatementError';
  constructor(
    /** 0-based index of the batch holding the failing statement. */
    readonly batchIndex: number,
    /** 0-based index of the failing statement in its batch. */
    readonly statementIndex: number,
    readonly error: AppError,
  ) {
    super(error.code, error.message, { ...error.details, batchIndex, statementIndex }, { cause: error });
  }
}
