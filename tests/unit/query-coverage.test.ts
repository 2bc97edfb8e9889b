import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { queryName } from '../../src/db';
import type { GraphDatabase, Params } from '../../src/db';
import { recordedQueryNames, recordingQueries } from '../support/query-coverage';

/**
 * The query-file coverage check (tests/global-teardown.ts) counts a query as
 * tested only when a test really ran it: not when it failed, and not when an
 * empty list parameter answered it without reaching the engine.
 */
describe('query coverage recording', () => {
  const saved = process.env.QUERY_COVERAGE_DIR;
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coverage-unit-'));
    process.env.QUERY_COVERAGE_DIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.QUERY_COVERAGE_DIR;
    else process.env.QUERY_COVERAGE_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const answering = (run: (name: string, params?: Params) => Promise<[]>): GraphDatabase =>
    recordingQueries({
      engine: 'kuzu',
      read: (query, params) => run(queryName(query), params),
      write: (query, params) => run(queryName(query), params),
      preload: () => undefined,
      runScript: () => Promise.resolve({ batches: [] }),
      applySchema: () => Promise.resolve(),
      close: () => Promise.resolve(),
      poolStats: () => ({ size: 1, busy: 0, waiting: 0 }),
      readScope: () => {
        throw new Error('not used');
      },
    });

  it('records a read or write that succeeded', async () => {
    const db = answering(() => Promise.resolve([]));
    await db.read({ name: 'unit/by-ids', text: '' }, { ids: ['city:hanoi'] });
    await db.write({ name: 'unit/count', text: '' });
    expect(recordedQueryNames(dir)).toEqual(new Set(['unit/by-ids', 'unit/count']));
  });

  it('does not record a query that failed', async () => {
    const db = answering(() => Promise.reject(new Error('syntax error')));
    await expect(db.read({ name: 'unit/by-ids', text: '' }, { ids: ['city:hanoi'] })).rejects.toThrow();
    await expect(db.write({ name: 'unit/count', text: '' })).rejects.toThrow();
    expect(recordedQueryNames(dir)).toEqual(new Set());
  });

  it('does not record a query short-circuited by an empty list parameter', async () => {
    const db = answering(() => Promise.resolve([]));
    await db.read({ name: 'unit/by-ids', text: '' }, { ids: [] });
    await db.write({ name: 'unit/count', text: '' }, { ids: [], name: 'x' });
    expect(recordedQueryNames(dir)).toEqual(new Set());
  });
});
