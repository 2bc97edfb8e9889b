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
 * database, and reads may run beside it. A session whose work failed is
 * closed and replaced by a new connection before anyone uses it again, so one
 * failed query (an engine error, a timeout) cannot leave state behind that
 * poisons the next query on that connection.
 */
export class KuzuPool {
  private readonly idle: KuzuSession[];
  private readonly waiting: { grant: (session: KuzuSession) => void; timer?: NodeJS.Timeout }[] = [];
  private readonly all = new Set<KuzuSession>();
  private writer: KuzuSession;
  private readonly writeQueue: { tail: Promise<unknown> };
  private inFlight = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly database: Database,
    size: number,
    /** The configured per-query timeout; a query may ask for less. */
    readonly timeoutMs: number,
    /** Threads each query may use. */
    private readonly threads = 1,
  ) {
    this.idle = Array.from({ length: size }, () => this.open());
    this.writer = this.open();
    this.writeQueue = writeQueueOf(database);
  }

  /**
   * Lends a read session to `work` and takes it back afterwards (a new one if
   * the work failed). A caller still waiting for a session at `deadline` is
   * dropped with TIMEOUT: its request has given up, and its work must not
   * take a connection from those still waiting.
   */
  read<T>(work: (session: KuzuSession) => Promise<T>, deadline?: number): Promise<T> {
    return this.track(async () => {
      let session = await this.acquire(deadline);
      try {
        return await work(session);
      } catch (error) {
        // The query's error is the one to report, even if opening the successor fails too.
        session = await this.replace(session).catch(() => session);
        throw error;
      } finally {
        this.release(session);
      }
    });
  }

  /** Runs `work` on the write session after every earlier write to the Database has finished. */
  write<T>(work: (session: KuzuSession) => Promise<T>): Promise<T> {
    return this.track(() => {
      const next = this.writeQueue.tail.then(async () => {
        try {
          return await work(this.writer);
        } catch (error) {
          this.writer = await this.replace(this.writer);
          throw error;
        }
      });
      this.writeQueue.tail = next.catch(() => undefined);
      return next;
    });
  }

  /** Read connections, how many are lent, and how many callers wait for one. */
  stats(): { size: number; busy: number; waiting: number } {
    const size = this.all.size - 1;
    return { size, busy: size - this.idle.length, waiting: this.waiting.length };
  }

  /** Waits for in-flight work, then closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    for (const session of this.all) await session.close();
  }

  private open(): KuzuSession {
    const session = new KuzuSession(this.database, this.timeoutMs, this.threads);
    this.all.add(session);
    return session;
  }

  /** Closes a session that failed and opens its successor. */
  private async replace(failed: KuzuSession): Promise<KuzuSession> {
    this.all.delete(failed);
    await failed.close().catch(() => undefined);
    return this.open();
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

  private acquire(deadline?: number): Promise<KuzuSession> {
    const session = this.idle.pop();
    if (session !== undefined) return Promise.resolve(session);
    return new Promise((resolve, reject) => {
      const waiter: (typeof this.waiting)[number] = { grant: resolve };
      if (deadline !== undefined) {
        waiter.timer = setTimeout(
          () => {
            this.waiting.splice(this.waiting.indexOf(waiter), 1);
            reject(new AppError(ErrorCode.TIMEOUT, 'The request gave up while its query waited for a connection'));
          },
          Math.max(0, deadline - Date.now()),
        );
      }
      this.waiting.push(waiter);
    });
  }

  private release(session: KuzuSession): void {
    const next = this.waiting.shift();
    if (next === undefined) {
      this.idle.push(session);
      return;
    }
    clearTimeout(next.timer);
    next.grant(session);
  }
}
