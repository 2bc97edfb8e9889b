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
  /** An HTTP request the server cannot read: malformed JSON, a missing query, a target it cannot parse. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** Nothing is served at this path with this method. */
  ROUTE_NOT_FOUND = 'ROUTE_NOT_FOUND',
  /** The request body is larger than BODY_LIMIT_BYTES. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The request body's content type is not one the API reads (JSON). */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  /** The client sent more requests than RATE_LIMIT_MAX in RATE_LIMIT_WINDOW_MS. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** More GraphQL requests wait for a turn than GRAPHQL_QUEUE allows; try again shortly. */
  SERVER_BUSY = 'SERVER_BUSY',
  /** Anything unexpected; masked in responses. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
