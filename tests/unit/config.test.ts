import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

/** The message loadConfig stops with for this environment. */
function failure(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('loadConfig', () => {
  it('defaults to the embedded engine with a database under ./data and sensible limits', () => {
    const config = loadConfig({});
    expect(config.engine).toBe('kuzu');
    expect(config.kuzuPath).toBe(path.resolve('data', 'graph.kuzu'));
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe('info');
    expect(config.queryTimeoutMs).toBe(5000);
    expect(config.autoSeed).toBe(true);
    expect(config.exposeErrors).toBe(false);
    expect(config.neo4j).toEqual({ uri: '', user: 'neo4j', password: '', database: undefined });
  });

  it('selects Neo4j when NEO4J_URI is set, with its credentials and database', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'asean',
    });
    expect(config.engine).toBe('neo4j');
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abcd.databases.neo4j.io',
      user: 'reader',
      password: 'secret',
      database: 'asean',
    });
  });

  it('accepts every Bolt scheme for NEO4J_URI', () => {
    for (const scheme of ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc']) {
      expect(loadConfig({ NEO4J_URI: `${scheme}://localhost:7687` }).engine).toBe('neo4j');
    }
  });

  it('keeps the embedded engine when GRAPH_ENGINE=kuzu, even with NEO4J_URI set', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://localhost:7687', GRAPH_ENGINE: 'kuzu' }).engine).toBe('kuzu');
  });

  it('keeps :memory: as the embedded path instead of making it a directory', () => {
    expect(loadConfig({ KUZU_PATH: ':memory:' }).kuzuPath).toBe(':memory:');
  });

  it('resolves a relative embedded path against the working directory', () => {
    expect(loadConfig({ KUZU_PATH: 'tmp/db' }).kuzuPath).toBe(path.resolve('tmp/db'));
  });

  it('reads port, log level and timeout', () => {
    const config = loadConfig({ PORT: '8080', LOG_LEVEL: 'DEBUG', QUERY_TIMEOUT_MS: '2500' });
    expect(config.port).toBe(8080);
    expect(config.logLevel).toBe('debug');
    expect(config.queryTimeoutMs).toBe(2500);
  });

  it('treats a blank number as unset rather than as 0 (which would pick a random port)', () => {
    expect(loadConfig({ PORT: '  ' }).port).toBe(4000);
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
  });

  it('runs 4 GraphQL requests at once on the embedded engine and 16 on Neo4j, each settable', () => {
    expect(loadConfig({}).http).toMatchObject({ graphqlConcurrency: 4, graphqlQueue: 1000 });
    expect(loadConfig({ NEO4J_URI: 'neo4j://localhost:7687' }).http.graphqlConcurrency).toBe(16);
    expect(loadConfig({ GRAPHQL_CONCURRENCY: '1', GRAPHQL_QUEUE: '0' }).http).toMatchObject({
      graphqlConcurrency: 1,
      graphqlQueue: 0,
    });
    expect(failure({ GRAPHQL_CONCURRENCY: '0' })).toBe(
      'GRAPHQL_CONCURRENCY="0" is invalid: use an integer from 1 to 1024',
    );
  });

  it('never exposes error details in production', () => {
    expect(loadConfig({ EXPOSE_ERRORS: 'true' }).exposeErrors).toBe(true);
    expect(loadConfig({ EXPOSE_ERRORS: 'true', NODE_ENV: 'production' }).exposeErrors).toBe(false);
  });

  describe('stops with one line naming the variable and what it accepts', () => {
    it.each([
      [{ PORT: 'http' }, /^PORT="http" is invalid: use an integer from 0 to 65535$/],
      [{ PORT: '70000' }, /^PORT="70000" is invalid: use an integer from 0 to 65535$/],
      [{ PORT: '80.5' }, /^PORT="80\.5" is invalid/],
      [{ PORT: '0x1F90' }, /^PORT="0x1F90" is invalid/],
      [{ PORT: '8e3' }, /^PORT="8e3" is invalid/],
      [{ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL="verbose" is invalid: use one of silent, error, warn, info, debug$/],
      [{ GRAPH_ENGINE: 'postgres' }, /^GRAPH_ENGINE="postgres" is invalid: use one of kuzu, neo4j$/],
      [
        { NEO4J_URI: 'http://localhost:7474' },
        /^NEO4J_URI="http:\/\/localhost:7474" is invalid: use a URI starting with neo4j:\/\/, .*bolt\+ssc:\/\/$/,
      ],
      [{ NEO4J_URI: 'localhost:7687' }, /^NEO4J_URI="localhost:7687" is invalid/],
      [{ QUERY_TIMEOUT_MS: '0' }, /^QUERY_TIMEOUT_MS="0" is invalid: use an integer from 1 to/],
      [{ AUTO_SEED: 'maybe' }, /^AUTO_SEED="maybe" is invalid: use true or false$/],
      [{ GRAPH_ENGINE: 'neo4j' }, /^GRAPH_ENGINE=neo4j needs NEO4J_URI/],
    ])('%j', (env, message) => {
      const text = failure(env);
      expect(text).toMatch(message);
      expect(text).not.toContain('\n');
    });
  });

  it('trusts X-Forwarded-For only as far as TRUST_PROXY says: a hop count or addresses, never every hop', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.7' }).http.trustProxy).toEqual(['10.0.0.0/8', '192.0.2.7']);
    expect(failure({ TRUST_PROXY: 'true' })).toMatch(/TRUST_PROXY="true" is invalid: use the number of proxies/);
  });
});
