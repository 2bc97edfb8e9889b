import { ErrorCode } from '../../errors';
import type { AppError } from '../../errors';
import { TIMEOUT_MESSAGE, toAppError } from '../engine-errors';
import type { ErrorContext, MappedError } from '../engine-errors';

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

/** Neo4j failures, by status code. */
function fromNeo4j(code: string, raw: string, error: unknown): MappedError | undefined {
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

/**
 * The one place Neo4j errors become project errors, by the driver's status
 * code (Neo4j messages quote the query, so matching message text could be
 * fooled by the words of a query).
 */
export function mapNeo4jError(error: unknown, context: ErrorContext = {}): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  return toAppError(error, (raw) => (typeof code === 'string' ? fromNeo4j(code, raw, error) : undefined), context);
}
