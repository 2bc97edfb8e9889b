import fs from 'node:fs';
import { auth, bookmarkManager, driver as createDriver, session as accessMode } from 'neo4j-driver';
import type { BookmarkManager, Driver, ManagedTransaction, Session, SessionMode, Transaction } from 'neo4j-driver';
import type { AppConfig } from '../../config';
import { NEO4J_SCHEMA_FILE } from './neo4j-schema';
import { AppError, ErrorCode, StatementError } from '../../errors';
import { mapNeo4jError } from './neo4j-errors';
import { batchWithLabel, hasLabellessHead, idsByLabel } from '../batch-heads';
import { splitStatements } from '../cypher-text';
import type { ScriptStatement } from '../cypher-text';
import { effectiveTimeout, hasEmptyList, pastDeadline } from '../port';
import { BUDGET_TIMEOUT_MESSAGE } from '../engine-errors';
import type {
  BatchResult,
  CypherQuery,
  GraphDatabase,
  Params,
  PoolStats,
  QueryOptions,
  QueryRef,
  ReadScope,
  Row,
  ScriptOptions,
  ScriptResult,
} from '../port';
import { resolveQuery } from '../query-files';
import { checkParameters, rejectScriptParameters } from '../parameter-checks';
import { toNeo4jParams } from './neo4j-params';
import { recordToRow } from './neo4j-values';
import { batchResult } from '../script-changes';
import type { Snapshot } from '../script-changes';
import { SNAPSHOT_QUERIES, snapshot } from './neo4j-changes';

/** Shown in the server's query log and `SHOW TRANSACTIONS`, so operators can tell whose queries they see. */
const USER_AGENT = 'asean-urban-kg';

/**
 * Fail fast when the server is unreachable (the driver waits 30 s by default
 * to connect and 60 s for a pooled connection), but leave room for a cluster
 * election. Acquisition must exceed the connect timeout, or the driver warns.
 */
const CONNECTION_TIMEOUT_MS = 10_000;
const CONNECTION_ACQUISITION_TIMEOUT_MS = 20_000;
/** Well above the number of requests one 2-core API server can have in flight. */
const MAX_CONNECTION_POOL_SIZE = 50;

/**
 * Opens the Neo4j adapter of the database port: one driver (routing URIs
 * such as `neo4j://` and `neo4j+s://` work for clusters and Aura), managed
 * transactions that the driver retries on transient errors, reads in READ
 * access mode, the configured database and the per-query timeout.
 *
 * Fails with DATABASE_UNAVAILABLE, naming the URI and the cause, when the
 * server rejects the credentials or lacks the database: configuration that
 * waiting will not mend. A server that cannot be reached yet is not a reason
 * to stop: the adapter opens anyway, its queries fail with
 * DATABASE_UNAVAILABLE until the server answers, and the driver connects as
 * soon as it does (the caller's readiness check tells when).
 */
export async function openNeo4j(config: AppConfig): Promise<GraphDatabase> {
  const { uri, user, password, database } = config.neo4j;
  const driver = createDriver(uri, auth.basic(user, password), {
    userAgent: USER_AGENT,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
    // Retrying transient errors must not outlast the per-query timeout by much.
    maxTransactionRetryTime: config.queryTimeoutMs,
  });
  // One bookmark manager for every session: on a cluster, a read sees the writes before it.
  const target: Target = { driver, database, bookmarks: bookmarkManager() };
  try {
    await driver.verifyConnectivity({ database });
    // A direct bolt:// driver verifies only the server, not the database: one
    // tiny read makes an unknown NEO4J_DATABASE fail here rather than on the first request.
    await runManaged(target, accessMode.READ, config.queryTimeoutMs, async (tx) => {
      await tx.run('RETURN 1 AS ok');
    });
  } catch (error) {
    if (!isUnreachable(error)) {
      await driver.close().catch(() => undefined);
      const cause = mapNeo4jError(error);
      throw new AppError(
        ErrorCode.DATABASE_UNAVAILABLE,
        `Cannot connect to ${uri}${database === undefined ? '' : ` (database ${database})`}: ${cause.message}`,
        { uri, database: database ?? null, ...cause.details },
        { cause: error },
      );
    }
  }
  return new Neo4jDatabase(target, config.queryTimeoutMs);
}

/** The server is not there (yet): nothing about the configuration is known to be wrong. */
function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** Where sessions go: the driver, the configured database, and the shared bookmarks. */
interface Target {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly bookmarks: BookmarkManager;
}

function openSession({ driver, database, bookmarks }: Target, mode: SessionMode): Session {
  return driver.session({ database, defaultAccessMode: mode, bookmarkManager: bookmarks });
}

/** Runs one managed transaction in its own session, closing the session whatever happens. */
async function runManaged<T>(
  target: Target,
  mode: SessionMode,
  timeoutMs: number,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = openSession(target, mode);
  try {
    const config = { timeout: timeoutMs };
    return mode === accessMode.READ
      ? await session.executeRead(work, config)
      : await session.executeWrite(work, config);
  } finally {
    await session.close();
  }
}

/**
 * Runs a read, split by the labels its ids name when the text looks its ids up without a label
 * (`UNWIND $ids AS id MATCH (a {id: id})`: the graph's neighbourhoods, degrees, nodes by id). Neo4j indexes ids
 * per label (cypher/neo4j/schema.cypher), so a label-less `{id: id}` scans every node once per id, and the same
 * text with the id's label (`city:hanoi` → `City`) seeks the index. The parts run together in the caller's
 * transaction and their rows are joined; a batch query's rows are per id, so the answer is the same (the Kùzu
 * adapter splits such batches too, and tests/kuzu/each-form.test.ts compares both ways for every batch query).
 * An id of no known prefix keeps the label-less text.
 */
async function readByLabel(
  query: CypherQuery,
  params: Params,
  run: (query: CypherQuery, params: Params) => Promise<Row[]>,
): Promise<Row[]> {
  const ids = params.ids;
  const byLabel = Array.isArray(ids) && hasLabellessHead(query.text) ? idsByLabel(ids) : undefined;
  if (byLabel === undefined || byLabel.size === 0) return run(query, params);
  const parts = [...byLabel].map(([label, these]) =>
    run({ ...query, text: batchWithLabel(query.text, label) }, { ...params, ids: these as Params[string] }),
  );
  return (await Promise.all(parts)).flat();
}

class Neo4jDatabase implements GraphDatabase {
  readonly engine = 'neo4j' as const;
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;

  constructor(
    private readonly target: Target,
    private readonly timeoutMs: number,
  ) {}

  read(query: QueryRef, params: Params = {}, options?: QueryOptions): Promise<Row[]> {
    return this.track(() =>
      readByLabel(resolveQuery(query, 'neo4j'), params, (q, p) => this.query(accessMode.READ, q, p, options)),
    );
  }

  write(query: QueryRef, params: Params = {}, options?: QueryOptions): Promise<Row[]> {
    return this.track(() => this.query(accessMode.WRITE, resolveQuery(query, 'neo4j'), params, options));
  }

  /** The driver pools connections itself; what the adapter knows is how many of its queries run. */
  poolStats(): PoolStats {
    return { size: MAX_CONNECTION_POOL_SIZE, busy: this.inFlight.size, waiting: 0 };
  }

  preload(names: readonly string[]): void {
    for (const name of names) resolveQuery(name, 'neo4j');
  }

  readScope(deadline?: number): ReadScope {
    return new Neo4jReadScope(this, (work) => this.track(work), deadline);
  }

  /** Opens a read session and begins a transaction in it that may last `timeoutMs`. */
  async beginRead(timeoutMs: number): Promise<{ session: Session; tx: Transaction }> {
    const session = openSession(this.target, accessMode.READ);
    try {
      return { session, tx: await session.beginTransaction({ timeout: timeoutMs }) };
    } catch (error) {
      await session.close().catch(() => undefined);
      throw error;
    }
  }

  /** What every query checks before it goes to the server; the driver's parameters, or `undefined` for no rows. */
  prepare(query: CypherQuery, params: Params, options?: QueryOptions): ReturnType<typeof toNeo4jParams> | undefined {
    // Kùzu crashes on empty lists, so the port defines them as "no rows" for both engines.
    if (hasEmptyList(params)) return undefined;
    checkParameters(query, params);
    if (pastDeadline(options)) throw new AppError(ErrorCode.TIMEOUT, BUDGET_TIMEOUT_MESSAGE);
    return toNeo4jParams(params);
  }

  runScript(batches: readonly (readonly ScriptStatement[])[], options: ScriptOptions): Promise<ScriptResult> {
    return this.track(() => this.script(batches, options));
  }

  /**
   * Applies cypher/neo4j/schema.cypher (constraints and indexes, all IF NOT
   * EXISTS). Each statement runs on its own: Neo4j refuses schema commands
   * in a transaction that also writes data.
   */
  async applySchema(): Promise<void> {
    for (const statement of splitStatements(fs.readFileSync(NEO4J_SCHEMA_FILE, 'utf8'))) {
      await this.track(() => this.script([[statement]], { dryRun: false }, false));
    }
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      await this.target.driver.close();
    })();
    return this.closing;
  }

  /** Remembers work in flight so `close()` can let it finish; refuses new work once closing. */
  private track<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing !== undefined) {
      return Promise.reject(new AppError(ErrorCode.DATABASE_CLOSED, 'The Neo4j connection is closed'));
    }
    const promise = work();
    const forget = (): void => {
      this.inFlight.delete(promise);
    };
    this.inFlight.add(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Runs one query in a managed transaction of its own session (retried by the driver on transient errors). */
  async query(mode: SessionMode, query: CypherQuery, params: Params, options?: QueryOptions): Promise<Row[]> {
    const driverParams = this.prepare(query, params, options);
    if (driverParams === undefined) return [];
    try {
      return await runManaged(this.target, mode, effectiveTimeout(this.timeoutMs, options), async (tx) => {
        const result = await tx.run(query.text, driverParams);
        return result.records.map(recordToRow);
      });
    } catch (error) {
      throw mapNeo4jError(error, { query: query.name });
    }
  }

  get queryTimeoutMs(): number {
    return this.timeoutMs;
  }

  /**
   * Runs a script in one explicit transaction: a script is all or nothing,
   * and a managed transaction could be retried from the start. With
   * `measure`, the graph is read before the first batch and after each one
   * (in the transaction, which sees its own writes) and each batch reports
   * the values it changed; schema statements are run without (Neo4j refuses
   * schema commands in a transaction that does anything else).
   */
  private async script(
    batches: readonly (readonly ScriptStatement[])[],
    { dryRun, onBatchDone }: ScriptOptions,
    measure = true,
  ): Promise<ScriptResult> {
    rejectScriptParameters(batches);
    const statementCount = batches.reduce((sum, statements) => sum + statements.length, 0);
    const readings = measure ? SNAPSHOT_QUERIES.length * (batches.length + 1) : 0;
    const session = openSession(this.target, accessMode.WRITE);
    try {
      // Each statement and reading gets the per-query budget, so that long seed files fit in the timeout.
      const timeout = this.timeoutMs * Math.max(1, statementCount + readings);
      const tx = await session.beginTransaction({ timeout }).catch((error: unknown) => {
        throw mapNeo4jError(error, { query: 'begin transaction' });
      });
      const results: BatchResult[] = [];
      try {
        let before: Snapshot = measure ? await snapshot(tx) : new Map();
        for (const [batchIndex, statements] of batches.entries()) {
          for (const [index, statement] of statements.entries()) {
            try {
              await tx.run(statement.text);
            } catch (error) {
              throw new StatementError(batchIndex, index, mapNeo4jError(error));
            }
          }
          const after = measure ? await snapshot(tx) : before;
          const result = batchResult(before, after);
          results.push(result);
          onBatchDone?.(batchIndex, result);
          before = after;
        }
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      }
      try {
        await (dryRun ? tx.rollback() : tx.commit());
      } catch (error) {
        throw mapNeo4jError(error, { query: dryRun ? 'rollback' : 'commit' });
      }
      return { batches: results };
    } finally {
      await session.close();
    }
  }
}

/**
 * The reads of one request in one session and one read transaction (begun at
 * the first read, with the request's remaining budget as its timeout). The
 * driver pipelines queries run on one transaction over one connection, so
 * the queries of one level of a response, which DataLoader sends together,
 * travel together. An explicit transaction is not retried by the driver:
 * when the shared transaction fails, later reads of the request begin a new
 * one, and a read that failed with an error the driver would retry runs again
 * in a managed transaction of its own.
 */
class Neo4jReadScope implements ReadScope {
  readonly engine = 'neo4j' as const;
  private current: Promise<{ session: Session; tx: Transaction }> | undefined;
  private ended = false;

  constructor(
    private readonly db: Neo4jDatabase,
    private readonly track: <T>(work: () => Promise<T>) => Promise<T>,
    private readonly deadline: number | undefined,
  ) {}

  read(query: QueryRef, params: Params = {}, options?: QueryOptions): Promise<Row[]> {
    if (this.ended) return this.db.read(query, params, options);
    return this.track(() => readByLabel(resolveQuery(query, 'neo4j'), params, (q, p) => this.run(q, p, options)));
  }

  write(query: QueryRef, params: Params = {}, options?: QueryOptions): Promise<Row[]> {
    return this.db.write(query, params, options);
  }

  preload(names: readonly string[]): void {
    this.db.preload(names);
  }

  runScript(batches: readonly (readonly ScriptStatement[])[], options: ScriptOptions): Promise<ScriptResult> {
    return this.db.runScript(batches, options);
  }

  applySchema(): Promise<void> {
    return this.db.applySchema();
  }

  poolStats(): PoolStats {
    return this.db.poolStats();
  }

  readScope(deadline?: number): ReadScope {
    return this.db.readScope(deadline);
  }

  close(): Promise<void> {
    return this.end();
  }

  async end(): Promise<void> {
    this.ended = true;
    const current = this.current;
    this.current = undefined;
    if (current !== undefined) await finish(current, 'commit');
  }

  private async run(query: CypherQuery, params: Params, options?: QueryOptions): Promise<Row[]> {
    const driverParams = this.db.prepare(query, params, options);
    if (driverParams === undefined) return [];
    const budget = this.deadline === undefined ? {} : { deadline: this.deadline };
    this.current ??= this.db.beginRead(effectiveTimeout(this.db.queryTimeoutMs, budget));
    const opened = this.current;
    try {
      const { tx } = await opened;
      const result = await tx.run(query.text, driverParams);
      return result.records.map(recordToRow);
    } catch (error) {
      // The transaction is unusable now: the request's next reads begin another one.
      if (this.current === opened) {
        this.current = undefined;
        void finish(opened, 'rollback');
      }
      if (isRetriable(error) && !pastDeadline(options)) return this.db.query(accessMode.READ, query, params, options);
      throw mapNeo4jError(error, { query: query.name });
    }
  }
}

/** Ends a scope's transaction and closes its session; errors here change no answer already given. */
async function finish(
  opened: Promise<{ session: Session; tx: Transaction }>,
  how: 'commit' | 'rollback',
): Promise<void> {
  let session: Session | undefined;
  try {
    const { session: s, tx } = await opened;
    session = s;
    if (tx.isOpen()) await (how === 'commit' ? tx.commit() : tx.rollback());
  } catch {
    // A failed begin, or a transaction the server already ended: nothing to undo in a read.
  } finally {
    await session?.close().catch(() => undefined);
  }
}

/** An error the driver's managed transactions would retry (a leader switch, a deadlock, a lost connection). */
function isRetriable(error: unknown): boolean {
  return (error as { retriable?: unknown } | null)?.retriable === true;
}
