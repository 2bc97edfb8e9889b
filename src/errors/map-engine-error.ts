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

const TIMEOUT_MESSAGE = 'The query took longer than the configured timeout (QUERY_TIMEOUT_MS)';

/** A project error code and message for an engine failure. */
type Mapped = readonly [ErrorCode, string];

/** Neo4j failures, by status code. */
function fromNeo4j(code: string, raw: string, error: unknown): Mapped | undefined {
  const first = raw.split('\n')[0] ?? raw;
  if (code.startsWith('Neo.ClientError.Statement.SyntaxError'))
    return [ErrorCode.INVALID_QUERY, `Cypher syntax error: ${first}`];
  if (code.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed'))
    return [ErrorCode.CONSTRAINT_VIOLATION, first];
  if (code.includes('TransactionTimedOut')) return [ErrorCode.TIMEOUT, TIMEOUT_MESSAGE];
  if (code.startsWith('Neo.ClientError.Statement')) return [ErrorCode.INVALID_QUERY, first];
  if (code === 'Neo.ClientError.Transaction.ForbiddenDueToTransactionType') {
    // Neo4j will not mix schema commands and data writes in one transaction (a script is one).
    return [
      ErrorCode.INVALID_QUERY,
      `Schema commands and data changes cannot share a transaction: apply cypher/neo4j/schema.cypher on its own (${first})`,
    ];
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return [ErrorCode.DATABASE_UNAVAILABLE, 'Neo4j rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD'];
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return [ErrorCode.DATABASE_UNAVAILABLE, `Neo4j database not found: check NEO4J_DATABASE (${first})`];
  }
  if (
    ['ServiceUnavailable', 'SessionExpired'].includes(code) ||
    code.startsWith('Neo.ClientError.Security') ||
    raw.startsWith('Connection acquisition timed out')
  ) {
    return [ErrorCode.DATABASE_UNAVAILABLE, `Neo4j is unavailable: ${connectionReason(error) ?? first}`];
  }
  if (code.startsWith('Neo.')) return [ErrorCode.INTERNAL_SERVER_ERROR, `Unexpected database error: ${first}`];
  return undefined;
}

/** Kùzu failures, by message (Kùzu has no error codes). */
function fromKuzu(raw: string): Mapped | undefined {
  let m = /Table (\w+) does not exist/.exec(raw);
  if (m) return [ErrorCode.MODEL_VIOLATION, `Unknown label or relationship type ${m[1]}: ${MODEL_HINT}`];
  m = /Cannot find property (\w+) for (\w+)/.exec(raw);
  if (m) return [ErrorCode.MODEL_VIOLATION, `Unknown property ${m[1]} on ${m[2]}: ${MODEL_HINT}`];
  m = /Found duplicated primary key value (.*?), which violates/.exec(raw);
  if (m) return [ErrorCode.CONSTRAINT_VIOLATION, `Duplicate id ${m[1]}: ids must be unique`];
  if (/Write-write conflict/.test(raw)) {
    return [
      ErrorCode.WRITE_CONFLICT,
      'The embedded database refuses to update rows that a rolled-back transaction of this process touched (a Kùzu 0.11.3 defect): restart the process and run the write again',
    ];
  }
  if (/^Parser exception/.test(raw)) {
    return [ErrorCode.INVALID_QUERY, `Cypher syntax error: ${raw.replace(/^Parser exception: /, '').split('\n')[0]}`];
  }
  if (/^Binder exception|^Catalog exception/.test(raw)) {
    return [ErrorCode.INVALID_QUERY, `Invalid Cypher: ${raw.replace(/^\w+ exception: /, '')}`];
  }
  if (/Interrupted|timeout/i.test(raw) && !/Could not set lock/.test(raw)) return [ErrorCode.TIMEOUT, TIMEOUT_MESSAGE];
  if (/Could not set lock on file/.test(raw)) {
    return [ErrorCode.DATABASE_UNAVAILABLE, 'The embedded database is locked by another process'];
  }
  if (/^(Runtime|Conversion|Overflow) exception/.test(raw)) {
    return [ErrorCode.INVALID_QUERY, raw.replace(/^\w+ exception: /, '')];
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
  // Neo4j status codes first: Neo4j messages quote the query, so the Kùzu
  // message patterns could match words of the query text.
  const [code, message] = (typeof neo4jCode === 'string' ? fromNeo4j(neo4jCode, raw, error) : undefined) ??
    fromKuzu(raw) ?? [ErrorCode.INTERNAL_SERVER_ERROR, `Unexpected database error: ${raw.split('\n')[0]}`];
  const where = context.query === undefined ? '' : ` (in ${context.query})`;
  return new AppError(code, message + where, { engineMessage: raw }, { cause: error });
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
