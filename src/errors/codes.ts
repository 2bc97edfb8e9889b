/** Every error code the project reports, in GraphQL `extensions.code`, CLI output and logs. */
export enum ErrorCode {
  /** The request or its arguments are malformed (GraphQL convention). */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** An id that was required does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** The query exceeds a configured limit (depth, cost, page size, …). */
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** The database did not answer within the per-query timeout. */
  TIMEOUT = 'TIMEOUT',
  /** A statement refers to a label, property or relationship the graph model lacks. */
  MODEL_VIOLATION = 'MODEL_VIOLATION',
  /** Cypher the engine rejects (syntax or semantics). */
  INVALID_QUERY = 'INVALID_QUERY',
  /** A write conflicts with a constraint (for example a duplicate id). */
  CONSTRAINT_VIOLATION = 'CONSTRAINT_VIOLATION',
  /** The embedded engine refuses to write rows again after a rolled-back transaction touched them. */
  WRITE_CONFLICT = 'WRITE_CONFLICT',
  /** A seed script cannot be loaded (the message names file, line and cause). */
  SEED_ERROR = 'SEED_ERROR',
  /** The database cannot be reached or opened. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** The database is closed or closing. */
  DATABASE_CLOSED = 'DATABASE_CLOSED',
  /** Anything unexpected; masked in responses. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
