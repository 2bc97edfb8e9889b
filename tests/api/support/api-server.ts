import { print } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { wrapWithScopes } from '../../../src/db';
import type { GraphDatabase } from '../../../src/db';
import { silentLogger } from '../../../src/logger';
import type { Logger } from '../../../src/logger';
import { startServer } from '../../../src/server';
import type { RunningServer, ServerOptions } from '../../../src/server';
import { openSeededDatabase } from '../../support/seeded-database';
import { testConfig } from '../../support/test-database';

/** A GraphQL error as the API returns it. */
export interface ApiError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Record<string, unknown> & { code?: string };
}

/** The JSON body of a GraphQL response. */
export interface ApiResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly ApiError[];
  readonly extensions?: {
    queryStats?: { roundTrips: number; dbTimeMs: number; queries: string[]; cacheHits: number };
  };
}

/** A running API over the seeded embedded graph, for one test file. */
export interface TestApi {
  readonly url: string;
  readonly db: GraphDatabase;
  /** POSTs a query (text or document) and returns the parsed body and HTTP status. */
  post<T = Record<string, unknown>>(
    query: string | DocumentNode | TypedDocumentNode<T, Record<string, unknown>>,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T> & { status: number }>;
  /** Runs a typed operation and fails the test on any GraphQL error. */
  run<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<T>;
  /** Stops the server (in-flight requests finish); the database stays open until `close`. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the real server on port 0 over a freshly seeded in-memory graph. */
export async function startTestApi(
  overrides: Partial<Omit<ServerOptions, 'db' | 'config'>> & {
    logger?: Logger;
    config?: Partial<ServerOptions['config']>;
    /** Wraps the seeded database the server reads, and each request's read scope (to inject failures). */
    wrapDb?: (db: GraphDatabase) => GraphDatabase;
    /** Configuration the database is opened with (`readCacheMb: 0` to count every statement as a round trip). */
    database?: Partial<ServerOptions['config']>;
  } = {},
): Promise<TestApi> {
  const db = await openSeededDatabase(overrides.database);
  let server: RunningServer;
  try {
    server = await startServer({
      db: overrides.wrapDb === undefined ? db : wrapWithScopes(db, overrides.wrapDb),
      config: { ...testConfig('kuzu'), host: '127.0.0.1', port: 0, ...overrides.config },
      logger: overrides.logger ?? silentLogger,
      limits: overrides.limits,
      readiness: overrides.readiness,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const post: TestApi['post'] = async (query, variables = {}, headers = {}) => {
    const text = typeof query === 'string' ? query : print(query);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: text, variables }),
    });
    return { status: res.status, ...((await res.json()) as ApiResponse<never>) };
  };
  return {
    url: server.url,
    db,
    post,
    async run(document, variables, headers) {
      const body = await post(document, variables, headers);
      if (body.errors !== undefined || body.data == null) {
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors ?? body)}`);
      }
      return body.data as never;
    },
    stop() {
      stopping ??= server.stop();
      return stopping;
    },
    async close() {
      stopping ??= server.stop();
      await stopping;
      await db.close();
    },
  };
}
