import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { sendError } from './http-errors';

/** The media types of what `npm run build` puts into dist/explorer/. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** One file of the explorer's bundle, read once at start-up. */
interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
}

/**
 * The files of a built explorer bundle by name; a folder that does not exist
 * (the browser app was not built) gives none.
 */
export function readExplorerAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return assets;
  }
  for (const name of names) {
    const type = MEDIA_TYPES[path.extname(name)];
    const file = path.join(dir, name);
    if (type === undefined || !fs.statSync(file).isFile()) continue;
    const body = fs.readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    assets.set(name, { body, type, etag });
  }
  return assets;
}

/**
 * `GET /explorer/<file>`: the explorer's script, style and source maps from
 * dist/explorer/, read into memory at start-up. Only the files found there are
 * served, by exact name, so no request path ever reaches the file system.
 * The names carry no content hash: browsers revalidate each time
 * (`no-cache`) and get a 304 while the ETag still matches.
 */
export function registerExplorerRoutes(app: FastifyInstance, options: { dir: string; logger: Logger }): void {
  const assets = readExplorerAssets(options.dir);
  if (assets.size === 0) {
    options.logger.warn(`no explorer bundle in ${options.dir}: run npm run build for the page at /`);
  }
  app.get<{ Params: { file: string } }>('/explorer/:file', async (request, reply) => {
    const asset = assets.get(request.params.file);
    if (asset === undefined) {
      return sendError(
        request,
        reply,
        404,
        ErrorCode.ROUTE_NOT_FOUND,
        `No explorer file ${request.params.file.slice(0, 100)} (npm run build writes them to dist/explorer/).`,
      );
    }
    void reply.header('cache-control', 'no-cache').header('etag', asset.etag);
    if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    return reply.type(asset.type).send(asset.body);
  });
}
