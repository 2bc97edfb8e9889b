import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import type { Logger } from '../logger';
import { messageOf } from '../errors';

/** What the handler needs besides Apollo. */
export interface HandlerOptions {
  /** Builds the context of a request once its id and wishes are known. */
  readonly context: (request: { requestId: string | undefined; wantsStats: boolean }) => Promise<RequestContext>;
  /** Answers `GET /health`. */
  readonly health: () => Promise<{ ok: boolean; detail: Record<string, unknown> }>;
  /** Checks a request's query text before Apollo parses and validates it; a refusal is sent as it is. */
  readonly guard: (query: string) => GraphQLError | undefined;
  /** The whole graph as a file, for `GET /export/graph.<extension>`; undefined for an unknown extension. */
  readonly exportGraph: (extension: string) => Promise<{ text: string; mediaType: string } | undefined>;
  /** The schema as SDL, for `GET /schema.graphql`. */
  readonly schemaText: string;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'content-type, apollo-require-preflight, x-apollo-operation-name, x-query-stats, x-request-id',
  'access-control-expose-headers': 'x-request-id',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...CORS, 'content-type': type });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, message: string): void {
  send(
    res,
    status,
    'application/json; charset=utf-8',
    JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }),
  );
}

async function readBody(req: IncomingMessage, max: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, `The request body is larger than ${max} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (text === '' || !type.toLowerCase().startsWith('application/json')) return text === '' ? undefined : text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The query text of a GraphQL request: `query` of a JSON body, or of the URL for GET. */
function queryText(body: unknown, search: string): string | undefined {
  if (typeof body === 'object' && body !== null && 'query' in body) {
    const query = (body as { query: unknown }).query;
    return typeof query === 'string' ? query : undefined;
  }
  return new URLSearchParams(search).get('query') ?? undefined;
}

const wantsStats = (req: IncomingMessage): boolean =>
  ['1', 'true', 'yes'].includes(String(req.headers['x-query-stats'] ?? '').toLowerCase());

async function graphql(
  apollo: ApolloServer<RequestContext>,
  options: HandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
): Promise<void> {
  const body = await readBody(req, options.maxBodyBytes);
  const given = req.headers['x-request-id'];
  const context = await options.context({
    requestId: typeof given === 'string' ? given : undefined,
    wantsStats: wantsStats(req),
  });
  const query = queryText(body, search);
  const refusal = query === undefined ? undefined : options.guard(query);
  if (refusal !== undefined) {
    // `http` is Apollo's instruction for the status, not something to show.
    const extensions = Object.fromEntries(Object.entries(refusal.extensions).filter(([key]) => key !== 'http'));
    res.writeHead(400, {
      ...CORS,
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': context.requestId,
    });
    res.end(
      JSON.stringify({
        errors: [{ message: refusal.message, extensions: { ...extensions, requestId: context.requestId } }],
      }),
    );
    return;
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers: headerMap(req), search, body },
    context: async () => context,
  });
  const headers: Record<string, string> = { ...CORS, 'x-request-id': context.requestId };
  for (const [key, value] of response.headers) headers[key] = value;
  res.writeHead(response.status ?? 200, headers);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * The HTTP side of the API, on plain `node:http`: GraphQL at `/` (POST, and
 * GET for queries and the landing page), `GET /health`, `GET /schema.graphql`,
 * CORS for browser front-ends. Apollo's CSRF prevention stays on: a GET or a
 * non-JSON POST needs an `apollo-require-preflight` header.
 */
export function createHttpHandler(apollo: ApolloServer<RequestContext>, options: HandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    // `new URL` throws on targets such as `//`: parse inside the guarded path, never in the listener.
    let url = new URL('http://localhost/');
    const route = async (): Promise<void> => {
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        throw new HttpError(400, `Cannot read the request target ${JSON.stringify(req.url)}.`);
      }
      if (req.method === 'OPTIONS') return send(res, 204, 'text/plain', '');
      if (url.pathname === '/health' && req.method === 'GET') {
        const health = await options.health();
        return send(
          res,
          health.ok ? 200 : 503,
          'application/json; charset=utf-8',
          JSON.stringify({ status: health.ok ? 'ok' : 'unavailable', ...health.detail }),
        );
      }
      if (url.pathname === '/schema.graphql' && req.method === 'GET')
        return send(res, 200, 'text/plain; charset=utf-8', options.schemaText);
      if (url.pathname.startsWith('/export/graph.') && req.method === 'GET') {
        const extension = url.pathname.slice('/export/graph.'.length);
        const file = await options.exportGraph(extension);
        if (file === undefined) {
          return sendError(res, 404, `No export as .${extension}: use .cyjs, .graphology.json, .gexf or .graphml.`);
        }
        res.writeHead(200, {
          ...CORS,
          'content-type': file.mediaType,
          'content-disposition': `attachment; filename="asean-urban-kg.${extension}"`,
        });
        return void res.end(file.text);
      }
      if (url.pathname !== '/' && url.pathname !== '/graphql')
        return sendError(res, 404, `Nothing at ${url.pathname}: GraphQL is served at /.`);
      return graphql(apollo, options, req, res, url.search);
    };
    route().catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) return sendError(res, error.status, error.message);
      options.logger.error(`unexpected HTTP error: ${messageOf(error)}`, { path: url.pathname });
      sendError(res, 500, 'Unexpected error.');
    });
  };
}
