import { Semaphore } from 'async-mutex';

/** How many GraphQL requests run now, how many wait for a turn, and the bounds on both. */
export interface GateStats {
  readonly concurrency: number;
  readonly running: number;
  readonly waiting: number;
  readonly queue: number;
}

/**
 * Lets a bounded number of GraphQL requests run at once; the rest wait their
 * turn in arrival order, and a request that finds the waiting line full is
 * refused at once. On one thread, 32 requests built side by side finish no
 * sooner than one after another, but hold 32 responses in memory together:
 * more collection, a longer tail (docs/architecture.md, "Admission").
 */
export interface ExecutionGate {
  /** Waits for a turn: the function that gives it back, or `undefined` when the line is full (refuse the request). */
  enter(): Promise<(() => void) | undefined>;
  stats(): GateStats;
}

/** A gate of `concurrency` turns (async-mutex's semaphore, first come first served) and `queue` places in line. */
export function createExecutionGate(concurrency: number, queue: number): ExecutionGate {
  const semaphore = new Semaphore(concurrency);
  let waiting = 0;
  return {
    async enter() {
      if (semaphore.isLocked() && waiting >= queue) return undefined;
      waiting += 1;
      try {
        const [, release] = await semaphore.acquire();
        return release;
      } finally {
        waiting -= 1;
      }
    },
    stats: () => ({ concurrency, running: concurrency - semaphore.getValue(), waiting, queue }),
  };
}
