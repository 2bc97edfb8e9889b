/**
 * Start-up against no server at all, with the real driver: the one failure
 * that can be produced here without Neo4j (a port on this machine that
 * nothing listens on).
 */
import net from 'node:net';
import type { AppConfig } from '../../src/config';
import { openNeo4j } from '../../src/db/neo4j/neo4j-adapter';
import { AppError, ErrorCode } from '../../src/errors';

/** A loopback port that was free a moment ago, so connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(['bolt', 'neo4j'])('openNeo4j with %s:// and no server listening', (scheme) => {
  it('fails with DATABASE_UNAVAILABLE in one line naming the URI and the refused connection', async () => {
    const uri = `${scheme}://127.0.0.1:${await closedPort()}`;
    const config = {
      engine: 'neo4j',
      neo4j: { uri, user: 'neo4j', password: 'secret', database: undefined },
      queryTimeoutMs: 5000,
    } as AppConfig;
    const error = await openNeo4j(config).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect((error as AppError).message).toContain(uri);
    expect((error as AppError).message).toContain('ECONNREFUSED');
    expect((error as AppError).message).not.toContain('\n');
  });
});
