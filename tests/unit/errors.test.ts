import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode, StatementError } from '../../src/errors';
import { mapKuzuError } from '../../src/db/kuzu/kuzu-errors';
import { mapNeo4jError } from '../../src/db/neo4j/neo4j-errors';

/** A Neo4j server error as the driver raises it (GQL status fields are not used by the mapper). */
const neo4jError = (message: string, code: string): Neo4jError => new Neo4jError(message, code, '50N42', 'error');

describe('mapKuzuError', () => {
  it('turns an unknown label into MODEL_VIOLATION naming it and the graph model', () => {
    const error = mapKuzuError(new Error('Binder exception: Table Town does not exist.'), { query: 'seeds/001' });
    expect(error.code).toBe(ErrorCode.MODEL_VIOLATION);
    expect(error.message).toMatch(/\bTown\b/);
    expect(error.message).toMatch(/graph model/);
    expect(error.message).toContain('seeds/001');
  });

  it('turns an unknown property into MODEL_VIOLATION naming it', () => {
    const error = mapKuzuError(new Error('Binder exception: Cannot find property foo for c.'));
    expect(error.code).toBe(ErrorCode.MODEL_VIOLATION);
    expect(error.message).toMatch(/\bfoo\b/);
    expect(error.message).toMatch(/graph model/);
  });

  it('turns a write-write conflict (after a rolled-back update) into WRITE_CONFLICT with a way out', () => {
    const error = mapKuzuError(new Error('Error: Runtime exception: Write-write conflict of updating the same row.'));
    expect(error.code).toBe(ErrorCode.WRITE_CONFLICT);
    expect(error.message).toMatch(/restart the process/);
  });

  it('turns a duplicate primary key into CONSTRAINT_VIOLATION naming the id', () => {
    const error = mapKuzuError(
      new Error(
        'Runtime exception: Found duplicated primary key value city:hanoi, which violates the uniqueness constraint of the primary key column.',
      ),
    );
    expect(error.code).toBe(ErrorCode.CONSTRAINT_VIOLATION);
    expect(error.message).toContain('city:hanoi');
  });

  it('turns a parser exception into INVALID_QUERY with the first line of the message', () => {
    const error = mapKuzuError(
      new Error(
        'Parser exception: Invalid input <MATC>: expected rule oC_SingleQuery (line: 1, offset: 0)\n"MATC (n) RETURN n"\n ^^^^',
      ),
    );
    expect(error.code).toBe(ErrorCode.INVALID_QUERY);
    expect(error.message).toContain('Invalid input <MATC>');
    expect(error.message).not.toContain('\n');
  });

  it('reports the embedded database locked by another process as DATABASE_UNAVAILABLE', () => {
    const error = mapKuzuError(new Error('IO exception: Could not set lock on file : /data/graph.kuzu'));
    expect(error.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  });

  it('keeps the original error as the cause, for the logs', () => {
    const original = new Error('Binder exception: Table Town does not exist.');
    expect(mapKuzuError(original).cause).toBe(original);
    expect(mapKuzuError(original).details.engineMessage).toBe(original.message);
  });
});

describe('mapNeo4jError', () => {
  it('turns a syntax error into INVALID_QUERY', () => {
    const error = mapNeo4jError(
      neo4jError(
        "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))\n\"MATC (n) RETURN n\"\n ^",
        'Neo.ClientError.Statement.SyntaxError',
      ),
      { query: 'city/by-ids' },
    );
    expect(error.code).toBe(ErrorCode.INVALID_QUERY);
    expect(error.message).toContain("Invalid input 'MATC'");
    expect(error.message).toContain('city/by-ids');
    expect(error.message).not.toContain('\n');
  });

  it('goes by the status code even when the quoted query contains words the Kùzu patterns look for', () => {
    const error = mapNeo4jError(
      neo4jError(
        "Invalid input 'WHER': expected 'WHERE' (line 1, column 18 (offset: 17))\n\"MATCH (m:Meeting) WHER m.theme = 'timeout'\"",
        'Neo.ClientError.Statement.SyntaxError',
      ),
    );
    expect(error.code).toBe(ErrorCode.INVALID_QUERY);
  });

  it('turns a uniqueness violation into CONSTRAINT_VIOLATION', () => {
    const error = mapNeo4jError(
      neo4jError(
        "Node(12) already exists with label `City` and property `id` = 'city:hanoi'",
        'Neo.ClientError.Schema.ConstraintValidationFailed',
      ),
    );
    expect(error.code).toBe(ErrorCode.CONSTRAINT_VIOLATION);
    expect(error.message).toContain('city:hanoi');
  });

  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  ])('turns %s into TIMEOUT naming the setting', (code) => {
    const error = mapNeo4jError(
      neo4jError('The transaction has not completed within the timeout specified at its start by the client.', code),
    );
    expect(error.code).toBe(ErrorCode.TIMEOUT);
    expect(error.message).toContain('QUERY_TIMEOUT_MS');
  });

  it('turns ServiceUnavailable into DATABASE_UNAVAILABLE with the underlying reason', () => {
    const unreachable = neo4jError(
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
      'SessionExpired',
    );
    const discovery = new Neo4jError(
      'Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=default database, routers=[]]',
      'ServiceUnavailable',
      '08000',
      'error',
      undefined,
      unreachable,
    );
    const error = mapNeo4jError(discovery);
    expect(error.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(error.message).toBe('Neo4j is unavailable: connect ECONNREFUSED 127.0.0.1:7687');
  });

  it('names the settings to check when Neo4j rejects the credentials or lacks the database', () => {
    const auth = mapNeo4jError(
      neo4jError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized'),
    );
    expect(auth.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(auth.message).toMatch(/NEO4J_USER and NEO4J_PASSWORD/);
    const missing = mapNeo4jError(
      neo4jError("Database does not exist. Database name: 'asean'.", 'Neo.ClientError.Database.DatabaseNotFound'),
    );
    expect(missing.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(missing.message).toMatch(/NEO4J_DATABASE/);
    expect(missing.message).toContain("'asean'");
  });

  it('explains that schema commands and data writes cannot share a Neo4j transaction', () => {
    const error = mapNeo4jError(
      neo4jError(
        'Tried to execute Write query after executing Schema modification',
        'Neo.ClientError.Transaction.ForbiddenDueToTransactionType',
      ),
    );
    expect(error.code).toBe(ErrorCode.INVALID_QUERY);
    expect(error.message).toContain('cypher/neo4j/schema.cypher');
  });

  it('treats a pool that gave no connection in time as DATABASE_UNAVAILABLE', () => {
    const error = mapNeo4jError(
      neo4jError(
        'Connection acquisition timed out in 20000 ms. Pool status: Active conn count = 50, Idle conn count = 0.',
        'N/A',
      ),
    );
    expect(error.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  });

  it('masks any other Neo4j error as INTERNAL_SERVER_ERROR', () => {
    const error = mapNeo4jError(
      neo4jError('Something broke; the query was: ... timeout ...', 'Neo.DatabaseError.General.UnknownError'),
    );
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });
});

describe('an engine error mapper on anything else', () => {
  it('passes project errors through unchanged', () => {
    const original = new AppError(ErrorCode.NOT_FOUND, 'No city with id city:atlantis');
    expect(mapKuzuError(original)).toBe(original);
    expect(mapNeo4jError(original)).toBe(original);
  });

  it('maps unknown errors and non-errors to INTERNAL_SERVER_ERROR', () => {
    expect(mapKuzuError(new Error('socket hang up')).code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(mapKuzuError('a thrown string').code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(mapNeo4jError(new Error('socket hang up')).code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });
});

describe('StatementError', () => {
  it('keeps the code and message of the cause and says where in the script it failed', () => {
    const cause = mapKuzuError(new Error('Binder exception: Table Town does not exist.'));
    const error = new StatementError(2, 5, cause);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(ErrorCode.MODEL_VIOLATION);
    expect(error.message).toBe(cause.message);
    expect(error.details).toMatchObject({ batchIndex: 2, statementIndex: 5 });
  });
});
