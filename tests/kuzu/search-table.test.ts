import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Connection, Database } from 'kuzu';
import { ensureSearchText } from '../../src/graph/search-text';
import { openTestDatabase, q } from '../support/test-database';

/**
 * A database made before the one search table had an FTS index per label
 * and no `SearchText`: opened now, it loses those indexes, gains the table
 * and its index, and is searchable once start-up writes the copies.
 */
describe('the embedded search table on a database of an earlier version', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-table-'));
  const file = path.join(dir, 'graph.kuzu');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs raw statements on the file, as the earlier version's schema step would have. */
  const raw = async (statements: string[]): Promise<Record<string, unknown>[]> => {
    const database = new Database(file);
    const connection = new Connection(database);
    let rows: Record<string, unknown>[] = [];
    try {
      for (const text of statements) {
        const result = await connection.query(text);
        const results = Array.isArray(result) ? result : [result];
        rows = results.flatMap((r) => r.getAllSync() as Record<string, unknown>[]);
        results.forEach((r) => r.close());
      }
    } finally {
      await connection.close();
      await database.close();
    }
    return rows;
  };

  it('drops the per-label indexes, creates the table and its index, and finds the nodes again', async () => {
    const first = await openTestDatabase('kuzu', { kuzuPath: file });
    await first.write(
      q(
        "MERGE (c:City {id: 'city:oldtown'}) SET c.name = 'Oldtown', c.sources = ['source:general-knowledge'], c.search = 'oldtown oldtown'",
      ),
    );
    await first.close();
    // Back to the earlier layout: no search table, an index on City's own `search`.
    await raw([
      'LOAD EXTENSION fts',
      "CALL DROP_FTS_INDEX('SearchText', 'search_text')",
      'DROP TABLE SearchText',
      "CALL CREATE_FTS_INDEX('City', 'city_search', ['search'], stemmer := 'none')",
    ]);

    const db = await openTestDatabase('kuzu', { kuzuPath: file });
    try {
      const indexes = await db.read(q('CALL SHOW_INDEXES() RETURN table_name AS tbl, index_name AS name'));
      expect(indexes).toEqual([{ tbl: 'SearchText', name: 'search_text' }]);
      expect(await db.read('graph/search', { q: 'oldtown' })).toEqual([]);
      expect(await ensureSearchText(db)).toBeGreaterThan(0);
      expect((await db.read('graph/search', { q: 'oldtown' })).map((row) => row.id)).toEqual(['city:oldtown']);
      // The copies are not nodes of the graph: label-less counts leave them out.
      expect(await db.read('admin/count-nodes')).toEqual([{ count: 1 }]);
    } finally {
      await db.close();
    }
  });
});
