import { ErrorCode } from '../../src/errors';
import type { GraphDatabase } from '../../src/db';
import { openTestDatabase, q } from '../support/test-database';

/**
 * A request that gives up must not leave its query queued for a connection:
 * with one connection busy, a query whose deadline passes while it waits is
 * dropped with TIMEOUT before it ever runs, and the pool serves the next caller.
 */
describe('the embedded pool and request deadlines', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('kuzu', { kuzuPoolSize: 1 });
    const ids = Array.from({ length: 200 }, (_, i) => `city:deadline-${i}`);
    await db.write(q('UNWIND $ids AS id MERGE (c:City {id: id})'), { ids });
  });
  afterAll(() => db.close());

  it('drops a queued query at its deadline, without running it, and serves the next one', async () => {
    const heavy = db
      .read(
        q('MATCH (a:City), (b:City), (c:City), (d:City) WHERE a.id + b.id + c.id <> d.id RETURN count(*) AS n'),
        {},
        {
          timeoutMs: 1500,
        },
      )
      .catch((e: unknown) => e);
    const queued = db
      .read(q('RETURN 1 AS ok', 'test/queued'), {}, { deadline: Date.now() + 100 })
      .catch((e: unknown) => e);
    const order: string[] = [];
    await Promise.all([heavy.then(() => order.push('heavy')), queued.then(() => order.push('queued'))]);
    // The queued query gave up while the heavy one still held the only connection.
    expect(order).toEqual(['queued', 'heavy']);
    expect(((await queued) as { code?: string }).code).toBe(ErrorCode.TIMEOUT);
    expect(((await heavy) as { code?: string }).code).toBe(ErrorCode.TIMEOUT);
    expect(db.poolStats()).toEqual({ size: 1, busy: 0, waiting: 0 });
    expect(await db.read(q('RETURN 2 AS ok'))).toEqual([{ ok: 2 }]);
  });

  it('does not start a query whose deadline has already passed', async () => {
    const error = await db.read(q('RETURN 1 AS ok'), {}, { deadline: Date.now() - 1 }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe(ErrorCode.TIMEOUT);
  });
});
