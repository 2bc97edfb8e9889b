import fs from 'node:fs';
import path from 'node:path';
import { Database } from 'kuzu';
import { AppError, ErrorCode, messageOf } from '../../errors';

/** What opened the database, written beside it so a second process can say who holds it. */
export interface Holder {
  readonly role: string;
  readonly pid: number;
  readonly since: string;
}

interface Entry {
  /** Pending until the Database is initialised, so that concurrent opens share it too. */
  readonly database: Promise<Database>;
  refs: number;
}

/**
 * Databases whose previous holder ended without closing them (its holder
 * file was still there when this process took the lock), with who it was.
 */
const uncleanlyClosed = new WeakMap<Database, string>();

/** Who last held `database` without closing it, when that is how it was left; undefined after a clean close. */
export function uncleanPredecessor(database: Database): string | undefined {
  return uncleanlyClosed.get(database);
}

/** Two Database objects on one path silently lose data: share one per path in this process. */
const open = new Map<string, Entry>();

const holderFile = (dbPath: string): string => `${dbPath}.holder.json`;

function describeHolder(dbPath: string): string {
  try {
    const holder = JSON.parse(fs.readFileSync(holderFile(dbPath), 'utf8')) as Holder;
    return `${holder.role} (pid ${holder.pid}, since ${holder.since})`;
  } catch {
    return 'another process (read-only servers, if KUZU_READ_ONLY is set for them)';
  }
}

async function initialise(dbPath: string, role: string, readOnly: boolean, bufferPoolBytes: number): Promise<Database> {
  if (dbPath !== ':memory:' && !readOnly) fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  if (readOnly && !fs.existsSync(dbPath)) {
    throw new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      `There is no embedded database at ${dbPath} to open read-only (KUZU_READ_ONLY): seed one first with npm run seed`,
      { path: dbPath },
    );
  }
  // Kùzu's arguments: path, buffer pool size in bytes (its default is 80 % of the machine's memory),
  // compression, read-only.
  const database = new Database(dbPath, bufferPoolBytes, true, readOnly);
  try {
    await database.init();
  } catch (error) {
    await database.close().catch(() => undefined);
    const message = messageOf(error);
    if (/Could not set lock/.test(message)) {
      throw new AppError(
        ErrorCode.DATABASE_UNAVAILABLE,
        readOnly
          ? `The embedded database at ${dbPath} is held read-write by ${describeHolder(dbPath)}; read-only servers can share it only once that process stops`
          : `The embedded database at ${dbPath} is in use by ${describeHolder(dbPath)}; stop it, or set KUZU_PATH to another path`,
        { path: dbPath },
      );
    }
    throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, `Cannot open the embedded database at ${dbPath}: ${message}`, {
      path: dbPath,
    });
  }
  // Read-only openers share the file and leave the holder record to the one process that may write.
  if (dbPath !== ':memory:' && !readOnly) {
    // The lock is ours, so a holder file left behind belongs to a process that ended without closing.
    if (fs.existsSync(holderFile(dbPath))) uncleanlyClosed.set(database, describeHolder(dbPath));
    const holder: Holder = { role, pid: process.pid, since: new Date().toISOString() };
    fs.writeFileSync(holderFile(dbPath), JSON.stringify(holder));
  }
  return database;
}

/**
 * Opens (or shares) the Database at `dbPath`; `:memory:` always opens a new
 * one. Read-only, several processes may open one file at once (none may then
 * open it read-write).
 */
export async function acquireDatabase(
  dbPath: string,
  role: string,
  options: { readOnly: boolean; bufferPoolBytes: number } = { readOnly: false, bufferPoolBytes: 256 * 2 ** 20 },
): Promise<Database> {
  if (dbPath === ':memory:') return initialise(dbPath, role, false, options.bufferPoolBytes);
  const existing = open.get(dbPath);
  if (existing !== undefined) {
    existing.refs += 1;
    return existing.database;
  }
  const entry: Entry = { database: initialise(dbPath, role, options.readOnly, options.bufferPoolBytes), refs: 1 };
  open.set(dbPath, entry);
  try {
    return await entry.database;
  } catch (error) {
    open.delete(dbPath);
    throw error;
  }
}

/** Releases one reference; the last one closes the Database. */
export async function releaseDatabase(dbPath: string, database: Database): Promise<void> {
  const entry = open.get(dbPath);
  if (entry !== undefined) {
    if ((await entry.database) !== database) return database.close();
    entry.refs -= 1;
    if (entry.refs > 0) return;
    open.delete(dbPath);
    fs.rmSync(holderFile(dbPath), { force: true });
  }
  await database.close();
}

/**
 * Deletes an on-disk database (for a rebuild). Opens it first, so that a
 * database another process holds is refused with the holder named, and one
 * this process holds is refused outright.
 */
export async function removeDatabaseFiles(dbPath: string): Promise<void> {
  if (dbPath === ':memory:') return;
  if (open.has(dbPath)) throw new Error(`Cannot remove ${dbPath} while this process has it open`);
  if (fs.existsSync(dbPath)) {
    const database = await acquireDatabase(dbPath, 'rebuild');
    await releaseDatabase(dbPath, database);
  }
  for (const suffix of ['', '.wal', '.lock', '.shadow', '.tmp', '.holder.json']) {
    fs.rmSync(`${dbPath}${suffix}`, { recursive: true, force: true });
  }
}
