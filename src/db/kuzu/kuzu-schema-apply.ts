import { AppError, ErrorCode } from '../../errors';
import { KUZU_SEARCH_INDEX, KUZU_SEARCH_TABLE } from '../search-queries';
import type { KuzuSession } from './kuzu-connection';
import { kuzuSchemaTables, kuzuSchemaUpgrade } from './kuzu-schema';
import type { KuzuCatalog } from './kuzu-schema';

async function readCatalog(session: KuzuSession): Promise<KuzuCatalog> {
  const columns = new Map<string, string[]>();
  const connections = new Map<string, string[]>();
  for (const table of await session.query('CALL show_tables() RETURN name AS name, type AS type')) {
    const name = String(table.name);
    const info = await session.query(`CALL table_info('${name}') RETURN name AS name`);
    columns.set(
      name,
      info.map((c) => String(c.name)),
    );
    if (table.type === 'REL') {
      const pairs = await session.query(
        `CALL show_connection('${name}') RETURN \`source table name\` AS f, \`destination table name\` AS t`,
      );
      connections.set(
        name,
        pairs.map((p) => `${String(p.f)}>${String(p.t)}`),
      );
    }
  }
  return { columns, connections };
}

/**
 * Brings an embedded database up to the graph model: creates missing tables,
 * adds missing columns, and refuses (with the fix) when a change needs a rebuild.
 */
export async function ensureKuzuSchema(
  session: KuzuSession,
  dbPath: string,
  options: { readOnly: boolean; rebuildSearchIndexes: boolean },
): Promise<void> {
  const { readOnly } = options;
  const catalog = await readCatalog(session);
  const { statements, problems } = kuzuSchemaUpgrade(catalog);
  if (readOnly) {
    // A read-only database cannot be brought up to the model: it must be complete already.
    const searchable = (await readSearchIndexes(session)).some((index) => isSearchIndex(index));
    if (problems.length + statements.length > 0 || !catalog.columns.has(KUZU_SEARCH_TABLE) || !searchable) {
      throw new AppError(
        ErrorCode.DATABASE_UNAVAILABLE,
        `The embedded database at ${dbPath} is not seeded with the current graph model, so it cannot be opened read-only (KUZU_READ_ONLY): seed it first with npm run seed`,
        { path: dbPath },
      );
    }
    return;
  }
  if (problems.length > 0) {
    throw new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      `The embedded database at ${dbPath} predates the graph model (${problems.join('; ')}): rebuild it with npm run seed -- --rebuild`,
      { path: dbPath },
    );
  }
  // Only the missing tables are created: every DDL statement is a write transaction of its own.
  const missing = [...kuzuSchemaTables()].filter(([table]) => !catalog.columns.has(table)).map(([, ddl]) => ddl);
  for (const statement of [...missing, ...statements]) await session.query(statement);
  await ensureSearchIndexes(session, options.rebuildSearchIndexes);
}

interface FtsIndex {
  readonly table: string;
  readonly name: string;
}

const readSearchIndexes = async (session: KuzuSession): Promise<FtsIndex[]> =>
  (await session.query('CALL SHOW_INDEXES() RETURN table_name AS tbl, index_name AS name')).map((row) => ({
    table: String(row.tbl),
    name: String(row.name),
  }));

const isSearchIndex = (index: FtsIndex): boolean =>
  index.table === KUZU_SEARCH_TABLE && index.name === KUZU_SEARCH_INDEX;

/**
 * The one FTS index over `SearchText.text` (words are indexed as they are:
 * the text is already folded and carries word beginnings). Per-label indexes
 * of earlier versions are dropped (each held about 11 MiB).
 *
 * Kùzu keeps the index up to date on later writes, but a process killed
 * before its writes reached a checkpoint leaves an index that misses them
 * once the log is replayed: `rebuild` drops it. The index is always created
 * over an empty table: Kùzu 0.11.3 crashes deleting many rows of a table
 * whose FTS index was built over rows it already held (docs/architecture.md,
 * hazards). Emptied copies are written again from the nodes' `search` text
 * at start-up (`ensureSearchText`, which finds them missing).
 * `CREATE_FTS_INDEX` cannot be prepared: it runs as text.
 */
async function ensureSearchIndexes(session: KuzuSession, rebuild: boolean): Promise<void> {
  let present = false;
  for (const index of await readSearchIndexes(session)) {
    if (isSearchIndex(index) && !rebuild) present = true;
    else await session.query(`CALL DROP_FTS_INDEX('${index.table}', '${index.name}')`);
  }
  if (present) return;
  await session.query(`MATCH (s:${KUZU_SEARCH_TABLE}) DELETE s`);
  await session.query(
    `CALL CREATE_FTS_INDEX('${KUZU_SEARCH_TABLE}', '${KUZU_SEARCH_INDEX}', ['text'], stemmer := 'none')`,
  );
}
