import type { Connection, Database, PreparedStatement, QueryResult } from 'kuzu';
import { Connection as KuzuConnection } from 'kuzu';
import type { ParamValue } from '../port';

/** A Kùzu result, or several for multi-statement text (which this project never sends). */
type Results = QueryResult | QueryResult[];

/**
 * Reads every row and closes the results. A query's result is complete in
 * memory once it has run, so the rows are read synchronously: the binding's
 * `getAll()` makes one thread-pool round trip per row, which cost more than
 * the query itself (0.5 ms for 11 rows against 0.02 ms).
 */
function drain(results: Results): Record<string, unknown>[] {
  const list = Array.isArray(results) ? results : [results];
  try {
    const rows: Record<string, unknown>[] = [];
    for (const result of list) rows.push(...(result.getAllSync() as Record<string, unknown>[]));
    return rows;
  } finally {
    // An unclosed result crashes the process when the database closes.
    for (const result of list) result.close();
  }
}

/**
 * One Kùzu connection with its prepared-statement cache. Never runs two
 * queries at once: parallel queries on one connection crash the process, so
 * the pool hands a connection to one caller at a time.
 */
export class KuzuSession {
  private readonly connection: Connection;
  /** `prepare()` leaks a few kilobytes each time: prepare each text once. */
  private readonly statements = new Map<string, PreparedStatement>();

  /** The timeout the connection has now (set again only when a query needs another one). */
  private timeoutMs: number;

  /**
   * `threads` bounds what one query may use. One by default: the API's queries
   * are small, a query spread over threads cost about 15 % more CPU on the
   * seeded graph, and the pool runs several queries at once anyway.
   */
  constructor(database: Database, timeoutMs: number, threads = 1) {
    this.connection = new KuzuConnection(database, threads);
    this.connection.setQueryTimeout(timeoutMs);
    this.timeoutMs = timeoutMs;
  }

  /** Runs a parameterised query through a cached prepared statement, interrupted after `timeoutMs`. */
  async execute(
    text: string,
    params: Record<string, ParamValue>,
    timeoutMs: number,
  ): Promise<Record<string, unknown>[]> {
    if (timeoutMs !== this.timeoutMs) {
      this.connection.setQueryTimeout(timeoutMs);
      this.timeoutMs = timeoutMs;
    }
    let statement = this.statements.get(text);
    if (statement === undefined) {
      statement = await this.connection.prepare(text);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      this.statements.set(text, statement);
    }
    // kuzu's typings want its own value type; ours is the validated subset of it.
    return drain(await this.connection.execute(statement, params as Parameters<Connection['execute']>[1]));
  }

  /** Runs text without parameters (DDL, transaction control, seed statements). */
  async query(text: string): Promise<Record<string, unknown>[]> {
    return drain(await this.connection.query(text));
  }

  async close(): Promise<void> {
    this.statements.clear();
    await this.connection.close();
  }
}
