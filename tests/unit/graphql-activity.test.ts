import { queryName } from '../../src/db';
import type { GraphDatabase, Row } from '../../src/db';
import { trackActivity } from '../../src/graph/activity';

function fakeDb(delayMs: number, log: string[]): GraphDatabase {
  return {
    engine: 'kuzu',
    read: async (query) => {
      log.push(`start ${queryName(query)}`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      log.push(`end ${queryName(query)}`);
      return [] as Row[];
    },
    write: () => Promise.resolve([]),
    runScript: () => Promise.resolve({ batches: [] }),
    applySchema: () => Promise.resolve(),
    preload: () => undefined,
    close: () => Promise.resolve(),
    poolStats: () => ({ size: 1, busy: 0, waiting: 0 }),
    readScope: () => {
      throw new Error('not used');
    },
  };
}

describe('request activity', () => {
  it('runs idle callbacks only once reads in flight, and reads they lead to, have finished', async () => {
    const log: string[] = [];
    const activity = trackActivity(fakeDb(20, log));
    const q = (name: string) => ({ name, text: '' });
    const chain = activity.db
      .read(q('first'))
      .then(() => new Promise<void>((resolve) => process.nextTick(resolve)))
      .then(() => activity.db.read(q('second')));
    const idle = new Promise<void>((resolve) => activity.whenIdle(() => resolve(void log.push('idle'))));
    await Promise.all([chain, idle]);
    expect(log).toEqual(['start first', 'end first', 'start second', 'end second', 'idle']);
  });

  it('runs at once when nothing is in flight', async () => {
    const activity = trackActivity(fakeDb(1, []));
    await expect(new Promise<string>((resolve) => activity.whenIdle(() => resolve('idle')))).resolves.toBe('idle');
  });
});
