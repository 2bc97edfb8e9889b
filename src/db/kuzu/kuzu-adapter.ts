import path from 'node:path';
import type { Database } from 'kuzu';
import type { AppConfig } from '../../config';
import { AppError, ErrorCode, StatementError } from '../../errors';
import { BUDGET_TIMEOUT_MESSAGE } from '../engine-errors';
import { mapKuzuError } from './kuzu-errors';
import { rejectScriptParameters } from '../parameter-checks';
import type { ScriptStatement } from '../cypher-text';
import { effectiveTimeout, hasEmptyList, pastDeadline } from '../port';
import { unscoped } from '../query-stats';
import { cachedReads, newReadCacheState, readCacheOptions } from '../read-cache';
import type { ReadCacheState } from '../read-cache';
import type {
  BatchResult,
  GraphDatabase,
  ParamValue,
  Params,
  QueryOptions,
  QueryRef,
  Row,
  ScriptOptions,
  ScriptResult,
} from '../port';
import { resolveQuery } from '../query-files';
import { batchResult } from '../script-changes';
import { ScriptReadings, scansOf } from './kuzu-changes';
import type { KuzuSession } from './kuzu-connection';
import { prepareParams } from './kuzu-params';
import { KuzuPool } from './kuzu-pool';
import { acquireDatabase, releaseDatabase, uncleanPredecessor } from './kuzu-registry';
import { ensureKuzuSchema } from './kuzu-schema-apply';
import { eachForm, planBatch, withIdLabel } from './kuzu-each';
import { separateUnionParameters } from './kuzu-union';
import { rowFromKuzu } from './kuzu-values';

/** Counts per label and type (generated from the model; the name is the generator's). */
const STATS_QUERY = 'graph/stats';

export interface KuzuOptions {
  /** Who opens the database (server, seed, check), shown to a second process that finds it locked. */
  readonly role: string;
}

async function rollbackQuietly(session: KuzuSession): Promise<void> {
  try {
    await session.query('ROLLBACK');
  } catch {
    // Kùzu may already have rolled the transaction back after the failure.
  }
}

/** A statement as the engine takes it: its text and its checked values. */
interface Statement {
  readonly text: string;
  readonly values: Record<string, ParamValue>;
}

function statement(name: string, text: string, params: Params): Statement {
  const values = prepareParams(name, text, params);
  // One list parameter in several UNION branches crashes Kùzu: give each branch its own copy.
  const lists = new Set(Object.keys(values).filter((key) => Array.isArray(values[key])));
  const separated = separateUnionParameters(text, lists);
  for (const [copy, original] of Object.entries(separated.copies)) values[copy] = values[original] as ParamValue;
  return { text: separated.text, values };
}

/** The one-id form `text` once per id of `ids`, each with the label its id names (kuzu-each.ts). */
function eachStatements(name: string, text: string, ids: readonly unknown[], params: Params): Statement[] {
  const rest = Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'ids'));
  return ids.map((id) => statement(name, withIdLabel(text, id), { ...rest, id: id as ParamValue }));
}

/**
 * Runs literal statements, batch after batch, in one transaction on the
 * write session, measuring each batch's changes by readings of the tables it can change, before and after it.
 */
async function runScriptIn(
  session: KuzuSession,
  batches: readonly (readonly ScriptStatement[])[],
  { dryRun, onBatchDone }: ScriptOptions,
): Promise<ScriptResult> {
  rejectScriptParameters(batches);
  await session.query('BEGIN TRANSACTION');
  try {
    const results: BatchResult[] = [];
    const readings = new ScriptReadings(session);
    for (const [batchIndex, statements] of batches.entries()) {
      const scans = scansOf(statements.map((statement) => statement.text));
      const before = await readings.before(scans);
      for (const [index, statement] of statements.entries()) {
        try {
          await session.query(statement.text);
        } catch (error) {
          throw new StatementError(batchIndex, index, mapKuzuError(error));
        }
      }
      const result = batchResult(before, await readings.after(scans));
      results.push(result);
      onBatchDone?.(batchIndex, result);
    }
    await session.query(dryRun ? 'ROLLBACK' : 'COMMIT');
    return { batches: results };
  } catch (error) {
    await rollbackQuietly(session);
    throw error instanceof AppError ? error : mapKuzuError(error);
  }
}

/**
 * The embedded engine behind the port. Contains Kùzu 0.11.3's hazards: one
 * Database per path, one query in flight per connection, serialised writes,
 * validated parameters, empty lists short-circuited, results always closed.
 */
export async function openKuzu(config: AppConfig, options: KuzuOptions): Promise<GraphDatabase> {
  // One key per file, however the path was written (registry: one Database per path).
  const dbPath = config.kuzuPath === ':memory:' ? config.kuzuPath : path.resolve(config.kuzuPath);
  const readOnly = config.kuzuReadOnly && dbPath !== ':memory:';
  const database = await acquireDatabase(dbPath, options.role, {
    readOnly,
    bufferPoolBytes: config.kuzuBufferPoolMb * 2 ** 20,
  });
  const pool = new KuzuPool(database, config.kuzuPoolSize, config.queryTimeoutMs, config.kuzuQueryThreads);
  try {
    // After an unclean end (a killed process), the full-text indexes may miss writes: rebuild them.
    const rebuildSearchIndexes = !readOnly && uncleanPredecessor(database) !== undefined;
    await pool[readOnly ? 'read' : 'write']((session) =>
      ensureKuzuSchema(session, dbPath, { readOnly, rebuildSearchIndexes }),
    );
  } catch (error) {
    await pool.close();
    await releaseDatabase(dbPath, database);
    throw error;
  }
  let closing: Promise<void> | undefined;

  // Nodes per label, read once after each change: how a batch of ids is read (kuzu-each.ts).
  let labelRows: Promise<ReadonlyMap<string, number>> | undefined;
  const forgetLabelRows = (): void => {
    labelRows = undefined;
  };
  const readLabelRows = (): Promise<ReadonlyMap<string, number>> => {
    labelRows ??= pool
      .read(async (session) => {
        const rows = (await session.execute(resolveQuery(STATS_QUERY, 'kuzu').text, {}, config.queryTimeoutMs)).map(
          rowFromKuzu,
        );
        return new Map(rows.filter((row) => row.kind === 'label').map((row) => [String(row.name), Number(row.count)]));
      })
      .catch((error: unknown) => {
        labelRows = undefined;
        throw error;
      });
    return labelRows;
  };
  /** The statements of a read: the query once, or a batch of ids planned by label and lookup (kuzu-each.ts). */
  const statementsOf = async (query: { name: string; text: string }, params: Params): Promise<Statement[]> => {
    const ids = params.ids;
    const form = Array.isArray(ids) && !('id' in params) ? eachForm(query.text) : undefined;
    if (form === undefined || !Array.isArray(ids)) return [statement(query.name, query.text, params)];
    const counts = ids.length <= 1 || form.always === true ? new Map<string, number>() : await readLabelRows();
    return planBatch(query.text, form, ids, counts).flatMap((part) =>
      part.each
        ? eachStatements(query.name, part.text, part.ids, params)
        : [statement(query.name, part.text, { ...params, ids: part.ids as ParamValue[] })],
    );
  };

  const run = async (lane: 'read' | 'write', ref: QueryRef, params: Params, options?: QueryOptions): Promise<Row[]> => {
    if (hasEmptyList(params)) return [];
    const query = resolveQuery(ref, 'kuzu');
    try {
      // Inside the try: reading the label counts can fail like any query (a full buffer pool) and is mapped alike.
      // A batch may run as several statements on one connection (one-id lookups, a batch per label).
      const statements =
        lane === 'read' ? await statementsOf(query, params) : [statement(query.name, query.text, params)];
      // The timeout is taken when the query starts, so time spent waiting for a connection counts against it.
      const work = async (session: KuzuSession): Promise<Row[]> => {
        const rows: Row[] = [];
        for (const { text, values } of statements) {
          if (pastDeadline(options)) throw new AppError(ErrorCode.TIMEOUT, BUDGET_TIMEOUT_MESSAGE);
          const timeoutMs = effectiveTimeout(config.queryTimeoutMs, options);
          for (const row of await session.execute(text, values, timeoutMs)) rows.push(rowFromKuzu(row));
        }
        return rows;
      };
      return await (lane === 'read' ? pool.read(work, options?.deadline) : pool.write(work));
    } catch (error) {
      throw mapKuzuError(error, { query: query.name });
    } finally {
      // Counts read before or while this write ran are stale now.
      if (lane === 'write') forgetLabelRows();
    }
  };

  const adapter: GraphDatabase = {
    engine: 'kuzu',
    read: (query, params = {}, options) => run('read', query, params, options),
    write: (query, params = {}, options) => run('write', query, params, options),
    poolStats: () => pool.stats(),
    preload: (names) => names.forEach((name) => resolveQuery(name, 'kuzu')),
    runScript: (batches, options) =>
      pool.write((session) => runScriptIn(session, batches, options)).finally(forgetLabelRows),
    // The schema is ensured when the database opens (ensureKuzuSchema above).
    applySchema: () => Promise.resolve(),
    // The pool lends a connection per query; a request's queries share nothing else.
    readScope: () => unscoped(adapter),
    close: () => {
      closing ??= pool.close().then(() => releaseDatabase(dbPath, database));
      return closing;
    },
  };
  if (config.readCacheMb === 0) return adapter;
  // Only this process can change the file (docs/architecture.md, "The read cache"). The opens of one file share
  // its Database, and so its cache; a Database opened again after the last close starts with an empty one.
  const cacheOptions = readCacheOptions(config.readCacheMb);
  let state = cacheStates.get(database);
  if (state === undefined) {
    state = newReadCacheState(cacheOptions);
    cacheStates.set(database, state);
  }
  return cachedReads(adapter, cacheOptions, state);
}

/** The read cache of each open Database. */
const cacheStates = new WeakMap<Database, ReadCacheState>();
