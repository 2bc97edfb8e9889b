/** Where the server is in its life: what `/ready` reports and what GraphQL requests wait for. */
export type Phase = 'starting' | 'seeding' | 'waiting-for-database' | 'ready' | 'stopping';

/**
 * The server's phase, set by start-up and shutdown. GraphQL requests are
 * served only when it is `ready`: before that the graph may be empty or
 * half-seeded, and a load balancer should send requests elsewhere.
 */
export class Readiness {
  private current: Phase = 'starting';
  private why = 'starting up';

  get phase(): Phase {
    return this.current;
  }

  /** Why the server is not ready, in words for an operator. */
  get reason(): string {
    return this.why;
  }

  get isReady(): boolean {
    return this.current === 'ready';
  }

  /** Whether start-up may go on waiting for the database (not once shutdown began). */
  get isWaitable(): boolean {
    return this.current !== 'stopping';
  }

  set(phase: Phase, reason: string): void {
    this.current = phase;
    this.why = reason;
  }
}
