import type { RawRequest } from './support';

/**
 * Hostile requests at the HTTP level: bodies that are not a GraphQL request,
 * content types, methods, GET without the CSRF preflight header, endpoints
 * and request targets, headers, and framing only a raw socket can send.
 */

export interface HostileCase {
  readonly name: string;
  /** Sent with `send`; or `raw`, written as it is on a socket. */
  readonly request?: RawRequest;
  readonly raw?: string;
  /** Must be refused (a 4xx, or GraphQL errors); otherwise data is a fine answer too. */
  readonly refused?: boolean;
  /** May be answered by closing the connection. */
  readonly mayClose?: boolean;
  /** Text the answer may contain by design, taken out before the leak check. */
  readonly allowInBody?: string;
}

/**
 * `GET /health` names the engine on purpose (`tests/api/http.test.ts`
 * expects it): the one engine name an answer may carry.
 */
export const HEALTH_ENGINE = '"engine":"kuzu"';

const TYPENAME = '{"query":"{ __typename }"}';
const json = (body: string | Buffer, headers: Record<string, string> = {}): RawRequest => ({
  method: 'POST',
  path: '/',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});
const typed = (contentType: string | undefined, body: string): RawRequest => ({
  method: 'POST',
  path: '/',
  headers: contentType === undefined ? {} : { 'content-type': contentType },
  body,
});
const get = (path: string, headers: Record<string, string> = {}): RawRequest => ({ method: 'GET', path, headers });
const preflight = { 'apollo-require-preflight': 'true' };
const q = (query: string): string => encodeURIComponent(query);

const refuse = (name: string, request: RawRequest): HostileCase => ({ name, request, refused: true });
const answer = (name: string, request: RawRequest): HostileCase => ({ name, request });

export const JSON_BODIES: HostileCase[] = [
  refuse('truncated JSON', json('{"query": ')),
  refuse('JSON missing its closing brace', json('{"query":"{ __typename }"')),
  refuse('JSON with trailing garbage', json(`${TYPENAME} xyz`)),
  refuse('two JSON objects back to back', json(`${TYPENAME}${TYPENAME}`)),
  refuse('an empty JSON array', json('[]')),
  refuse('a JSON string', json('"string"')),
  refuse('JSON null', json('null')),
  refuse('a JSON number', json('42')),
  refuse('JSON true', json('true')),
  refuse('a batch of two operations', json(`[${TYPENAME},${TYPENAME}]`)),
  refuse('a batch of one operation', json(`[${TYPENAME}]`)),
  refuse('a batch of 1000 operations', json(`[${Array.from({ length: 1000 }, () => TYPENAME).join(',')}]`)),
  refuse('an empty body', json('')),
  refuse('whitespace only', json('  \n\t ')),
  refuse('an empty object', json('{}')),
  refuse('single quotes', json("{'query':'{ __typename }'}")),
  // RFC 8259 lets a parser ignore a byte order mark; the server reads the JSON after it.
  answer('a UTF-8 byte order mark before the JSON', json(`\ufeff${TYPENAME}`)),
  answer(
    'variables nested 50,000 arrays deep',
    json(`{"query":"{ __typename }","variables":{"a":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`),
  ),
  refuse(
    'a number too large for a double as first',
    json('{"query":"query($n: Int) { cities(first: $n) { totalCount } }","variables":{"n":1e400}}'),
  ),
  answer('the key query given twice', json('{"query":"{ nope }","query":"{ __typename }"}')),
  answer(
    '__proto__ keys in the body and the variables',
    json(
      '{"query":"{ __typename }","__proto__":{"polluted":true},"variables":{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}}',
    ),
  ),
];

export const CONTENT_TYPES: HostileCase[] = [
  refuse('text/plain', typed('text/plain', TYPENAME)),
  refuse('application/x-www-form-urlencoded', typed('application/x-www-form-urlencoded', 'query=%7B__typename%7D')),
  refuse(
    'multipart/form-data',
    typed(
      'multipart/form-data; boundary=XyZ',
      `--XyZ\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${TYPENAME}\r\n--XyZ--\r\n`,
    ),
  ),
  refuse('no content type', typed(undefined, TYPENAME)),
  answer('application/json; charset=latin1', typed('application/json; charset=latin1', TYPENAME)),
  refuse('application/graphql', typed('application/graphql', '{ __typename }')),
  answer('application/jsonx', typed('application/jsonx', TYPENAME)),
  answer('APPLICATION/JSON in capitals', typed('APPLICATION/JSON', TYPENAME)),
  refuse('an empty content type', typed('', TYPENAME)),
  refuse('a garbage content type', typed(';;;/;', TYPENAME)),
  refuse('text/plain with the preflight header and a GraphQL body', {
    ...typed('text/plain', '{ __typename }'),
    headers: { 'content-type': 'text/plain', ...preflight },
  }),
];

export const METHODS: HostileCase[] = [
  refuse('PUT /', { ...json(TYPENAME), method: 'PUT' }),
  refuse('DELETE /', { ...json(TYPENAME), method: 'DELETE' }),
  refuse('PATCH /', { ...json(TYPENAME), method: 'PATCH' }),
  refuse('TRACE /', { method: 'TRACE', path: '/' }),
  refuse('POST /health', { ...json(TYPENAME), path: '/health' }),
  refuse('DELETE /health', { method: 'DELETE', path: '/health' }),
  refuse('POST /ready', { ...json(TYPENAME), path: '/ready' }),
  refuse('POST /metrics', { ...json(TYPENAME), path: '/metrics' }),
  refuse('POST /schema.graphql', { ...json(TYPENAME), path: '/schema.graphql' }),
  refuse('PUT /export/graph.cyjs', { ...json(TYPENAME), method: 'PUT', path: '/export/graph.cyjs' }),
  refuse('DELETE /graphql', { method: 'DELETE', path: '/graphql' }),
  answer('HEAD /', { method: 'HEAD', path: '/' }),
  answer('OPTIONS / with a hostile origin', {
    method: 'OPTIONS',
    path: '/',
    headers: { origin: 'http://evil.example' },
  }),
];

export const GETS: HostileCase[] = [
  refuse('GET / query without the preflight header', get(`/?query=${q('{ __typename }')}`)),
  refuse('GET /graphql query without the preflight header', get(`/graphql?query=${q('{ __typename }')}`)),
  refuse('GET with a mutation', get(`/?query=${q('mutation { drop }')}`, preflight)),
  refuse('GET with a mutation and no preflight header', get(`/?query=${q('mutation { drop }')}`)),
  refuse('GET with a subscription', get(`/graphql?query=${q('subscription { x }')}`, preflight)),
  refuse('GET with an empty query', get('/?query=', preflight)),
  refuse('GET without a query', get('/', preflight)),
  refuse('GET with variables that are not JSON', get(`/?query=${q('{ __typename }')}&variables=%7Bnope`, preflight)),
  refuse('GET with extensions that are not JSON', get(`/?query=${q('{ __typename }')}&extensions=garbage`, preflight)),
  refuse('GET with a null byte as the query', get('/?query=%00', preflight)),
  answer('GET with the query given twice', get(`/?query=${q('{ __typename }')}&query=${q('{ nope }')}`, preflight)),
  refuse('GET with an unknown operationName', get(`/?query=${q('{ __typename }')}&operationName=Nope`, preflight)),
  answer('GET / for the landing page with an html accept header', get('/', { accept: 'text/html' })),
];

export const ENDPOINTS: HostileCase[] = [
  {
    name: 'GET /health with a hostile query string',
    request: get("/health?id='%20OR%201=1%20--&x=%00"),
    allowInBody: HEALTH_ENGINE,
  },
  answer('HEAD /health', { method: 'HEAD', path: '/health' }),
  { ...answer('GET /ready', get('/ready')), allowInBody: HEALTH_ENGINE },
  answer('GET /metrics', get('/metrics')),
  answer('GET /metrics with a hostile query string', get('/metrics?name[]=%00&format=../../etc/passwd')),
  answer('GET /schema.graphql with a path in the query string', get('/schema.graphql?../../etc/passwd')),
  answer('GET /export/graph.cyjs with a query string', get('/export/graph.cyjs?limit=-1&id=*')),
  refuse('GET /export/graph.exe', get('/export/graph.exe')),
  refuse('GET /export/graph. (no extension)', get('/export/graph.')),
  refuse('GET /export/graph.GEXF in capitals', get('/export/graph.GEXF')),
  refuse('GET /export/graph.cyjs%00', get('/export/graph.cyjs%00')),
  refuse('GET /export/graph.%2e%2e%2f%2e%2e%2fetc%2fpasswd', get('/export/graph.%2e%2e%2f%2e%2e%2fetc%2fpasswd')),
  refuse('GET /export/graph.../../../etc/passwd', get('/export/graph.../../../etc/passwd')),
  refuse('GET /export/', get('/export/')),
  refuse('GET /nothing-here', get('/nothing-here')),
  refuse('GET /.env', get('/.env')),
  refuse('GET /graphql/ with a trailing slash', get('/graphql/')),
  refuse('GET /..%2f..%2fetc%2fpasswd', get('/..%2f..%2fetc%2fpasswd')),
  refuse('GET //', get('//')),
  refuse('GET /%zz', get('/%zz')),
  refuse('GET /%00', get('/%00')),
  refuse('GET a 10 KB path', get(`/${'a'.repeat(10_000)}`)),
  refuse('GET an absolute-form target', get('http://evil.example/')),
];

export const HEADERS: HostileCase[] = [
  {
    name: 'a 20 KB header',
    request: json(TYPENAME, { 'x-filler': 'a'.repeat(20_000) }),
    refused: true,
    mayClose: true,
  },
  {
    name: '400 headers of 60 bytes',
    request: json(TYPENAME, Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`x-h${i}`, 'b'.repeat(60)]))),
    refused: true,
    mayClose: true,
  },
  {
    name: 'a 20 KB request target',
    request: get(`/?query=${'a'.repeat(20_000)}`, preflight),
    refused: true,
    mayClose: true,
  },
  answer('a hostile x-request-id', json(TYPENAME, { 'x-request-id': '"}) MATCH (n) DETACH DELETE n //<script>' })),
  answer('a 10 KB x-request-id', json(TYPENAME, { 'x-request-id': 'r'.repeat(10_000) })),
  answer(
    'x-query-stats asked for',
    json('{"query":"{ cities(first: 2) { totalCount } }"}', { 'x-query-stats': 'true' }),
  ),
  answer('a garbage x-query-stats', json(TYPENAME, { 'x-query-stats': "' OR 1=1 --" })),
  answer('a garbage accept header', json(TYPENAME, { accept: '*/*;q=garbage, text/html;;;' })),
  answer('accept-encoding with a garbage coding', json(TYPENAME, { 'accept-encoding': 'gzip;q=2, br;q=-1, x-bomb' })),
];

const HOST = 'Host: 127.0.0.1\r\nConnection: close\r\n';
const rawPost = (extra: string, body: string): string =>
  `POST / HTTP/1.1\r\n${HOST}Content-Type: application/json\r\n${extra}\r\n${body}`;

export const FRAMING: HostileCase[] = [
  {
    name: 'content-length shorter than the body',
    raw: rawPost('Content-Length: 5\r\n', TYPENAME),
    refused: true,
    mayClose: true,
  },
  {
    name: 'content-length and chunked together',
    raw: rawPost(
      `Content-Length: 4\r\nTransfer-Encoding: chunked\r\n`,
      `${TYPENAME.length.toString(16)}\r\n${TYPENAME}\r\n0\r\n\r\n`,
    ),
    refused: true,
    mayClose: true,
  },
  {
    name: 'two different content-lengths',
    raw: rawPost('Content-Length: 3\r\nContent-Length: 30\r\n', TYPENAME),
    refused: true,
    mayClose: true,
  },
  {
    name: 'a negative content-length',
    raw: rawPost('Content-Length: -1\r\n', TYPENAME),
    refused: true,
    mayClose: true,
  },
  {
    name: 'a broken chunk size',
    raw: rawPost('Transfer-Encoding: chunked\r\n', `zz\r\n${TYPENAME}\r\n0\r\n\r\n`),
    refused: true,
    mayClose: true,
  },
  { name: 'an unknown method', raw: `FOO / HTTP/1.1\r\n${HOST}\r\n`, refused: true, mayClose: true },
  { name: 'HTTP/9.9', raw: `GET /health HTTP/9.9\r\n${HOST}\r\n`, refused: true, mayClose: true },
  {
    name: 'a header without a colon',
    raw: `GET /health HTTP/1.1\r\n${HOST}nonsense\r\n\r\n`,
    refused: true,
    mayClose: true,
  },
  { name: 'a bare LF in a header value', raw: `GET /health HTTP/1.1\r\n${HOST}X-A: a\nX-B: b\r\n\r\n`, mayClose: true },
  {
    name: 'an HTTP/1.0 request without a host',
    raw: 'GET /health HTTP/1.0\r\n\r\n',
    mayClose: true,
    allowInBody: HEALTH_ENGINE,
  },
  { name: 'OPTIONS *', raw: `OPTIONS * HTTP/1.1\r\n${HOST}\r\n`, mayClose: true },
  {
    name: 'not HTTP at all',
    raw: '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003 hello\r\n\r\n',
    refused: true,
    mayClose: true,
  },
];
