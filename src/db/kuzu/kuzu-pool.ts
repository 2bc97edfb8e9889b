import type { Database } from 'kuzu';
import { AppError, ErrorCode } from '../../errors';
import { KuzuSession } from './kuzu-connection';

/**
 * The write queue of each Database. Kùzu allows one write transaction per
 * database, and adapters that share a Database (one per path) must share it.
 */
const writeQueues = new WeakMap<Database, { tail: Promise<unknown> }>();

function writeQueueOf(database: Database): { tail: Promise<unknown> } {
  let queue = writeQueues.get(database);
  if (queue === undefined) {
    queue = { tail: Promise.resolve() };
    writeQueues.set(database, queue);
  }
  return queue;
}

/**
 * A fixed set of sessions, each lent to one caller at a time, plus a single
 * write session behind a queue: Kùzu allows one write transaction per
 * database, and reads may run beside it.
 */
export class KuzuPool {
  private readonly idle: KuzuSession[];
  private readonly waiting: ((session: KuzuSession) => void)[] = [];
  private readonly all: KuzuSession[];
  private readonly writer: KuzuSession;
  private readonly writeQueue: { tail: Promise<unknown> };
  private inFlight = new Set<Promise<unknown>>();
  private closed = false;

  constructor(database: Database, size: number, timeoutMs: number) {
    this.idle = Array.from({ length: size }, () => new KuzuSession(database, timeoutMs));
    this.writer = new KuzuSession(database, timeoutMs);
    this.all = [...this.idle, this.writer];
    this.writeQueue = writeQueueOf(database);
  }

  /** Lends a read session to `work` and takes it back afterwards. */
  read<T>(work: (session: KuzuSession) => Promise<T>): Promise<T> {
    return this.track(async () => {
      const session = await this.acquire();
      try {
        return await work(session);
      } finally {
        this.release(session);
      }
    });
  }

  /** Runs `work` on the write session after every earlier write to the Database has finished. */
  write<T>(work: (session: KuzuSession) => Promise<T>): Promise<T> {
    return this.track(() => {
      const next = this.writeQueue.tail.then(() => work(this.writer));
      this.writeQueue.tail = next.catch(() => undefined);
      return next;
    });
  }

  /** Waits for in-flight work, then closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    for (const session of this.all) await session.close();
  }

  private track<T>(run: () => Promise<T>): Promise<T> {
    if (this.closed) {
      return Promise.reject(new AppError(ErrorCode.DATABASE_CLOSED, 'The database is closed'));
    }
    const promise = run();
    this.inFlight.add(promise);
    const forget = (): void => {
      this.inFlight.delete(promise);
    };
    promise.then(forget, forget);
    return promise;
  }

  private acquire(): Promise<KuzuSession> {
    const session = this.idle.pop();
    if (session !== undefined) return Promise.resolve(session);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(session: KuzuSession): void {
    const next = this.waiting.shift();
    if (next === undefined) this.idle.push(session);
    else next(session);
  }
}
