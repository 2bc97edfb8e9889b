import { AppError, ErrorCode } from '../../errors';
import { nodeLabels } from '../../model';
import { kuzuSearchIndex } from '../search-queries';
import type { KuzuSession } from './kuzu-connection';
import { kuzuSchemaStatements, kuzuSchemaUpgrade } from './kuzu-schema';
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
    if (problems.length + statements.length > 0 || catalog.columns.size === 0) {
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
  for (const statement of [...kuzuSchemaStatements(), ...statements]) await session.query(statement);
  await ensureSearchIndexes(session, options.rebuildSearchIndexes);
}

/**
 * One FTS index per label over `search` (words are indexed as they are: the
 * text is already folded and carries word beginnings). Kùzu keeps them up to
 * date on later writes, but a process killed before its writes reached a
 * checkpoint leaves indexes that miss them once the log is replayed (the
 * `search` text itself comes back): `rebuild` drops and recreates them from
 * the data. `CREATE_FTS_INDEX` cannot be prepared: it runs as text.
 */
async function ensureSearchIndexes(session: KuzuSession, rebuild: boolean): Promise<void> {
  const existing = new Set(
    (await session.query('CALL SHOW_INDEXES() RETURN index_name AS name')).map((row) => String(row.name)),
  );
  for (const label of nodeLabels()) {
    const index = kuzuSearchIndex(label);
    if (rebuild && existing.has(index)) {
      await session.query(`CALL DROP_FTS_INDEX('${label}', '${index}')`);
      existing.delete(index);
    }
    if (!existing.has(index)) {
      await session.query(`CALL CREATE_FTS_INDEX('${label}', '${index}', ['search'], stemmer := 'none')`);
    }
  }
}
