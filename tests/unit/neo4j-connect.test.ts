/**
 * Start-up against no server at all, with the real driver: the one failure
 * that can be produced here without Neo4j (a port on this machine that
 * nothing listens on). The adapter opens, so that the server can wait for
 * the database; its queries fail with a coded, one-line reason.
 */
import type { AppConfig } from '../../src/config';
import { openNeo4j } from '../../src/db/neo4j/neo4j-adapter';
import { AppError, ErrorCode } from '../../src/errors';
import { closedPort } from '../support/ports';

describe.each(['bolt', 'neo4j'])('openNeo4j with %s:// and no server listening', (scheme) => {
  it('opens, and every query fails with DATABASE_UNAVAILABLE in one line naming the refused connection', async () => {
    const port = await closedPort();
    const config = {
      engine: 'neo4j',
      neo4j: { uri: `${scheme}://127.0.0.1:${port}`, user: 'neo4j', password: 'secret', database: undefined },
      queryTimeoutMs: 5000,
    } as AppConfig;
    const db = await openNeo4j(config);
    try {
      const error = await db.read({ name: 'test/ping', text: 'RETURN 1 AS ok' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect((error as AppError).message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
      expect((error as AppError).message).not.toContain('\n');
    } finally {
      await db.close();
    }
  });
});
