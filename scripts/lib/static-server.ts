/**
 * A tiny static file server for browser tests and measurements, behaving the way GitHub Pages or a
 * plain nginx would for a built site: `/dir/` → `/dir/index.html`, `/dir` → 301 to `/dir/`,
 * `/page` → `/page.html` when that exists, 404 with `404.html` when present, gzip for text when the
 * client asks for it, and no way out of the served directory. node:http only, no dependency.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticServer {
  /** Origin plus a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Compress text responses with gzip when the request accepts it (GitHub Pages does). Default true. */
  gzip?: boolean;
  /** Cache-Control sent with every file. Default `max-age=600`, what GitHub Pages sends. */
  cacheControl?: string;
  /** Port to listen on; default 0 (any free port). */
  port?: number;
  /**
   * The base path the site is served under (BASE_PATH), e.g. `/zwgk/sswgh/`: `dir` answers there,
   * as a column of a portal would, and anything outside it is 404. Default `/`.
   */
  base?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  // Pagefind's index shards and its wasm wrapper (`wasm.zh.pagefind`) are opaque binary blobs.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Content-Type for a file name (exported for tests and scripts). */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const compressible = (type: string) =>
  /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm)|image\/svg\+xml)/.test(type);

async function isFile(file: string) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function isDir(file: string) {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

export async function serveStatic(
  dir: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = path.resolve(dir);
  const useGzip = options.gzip ?? true;
  const cacheControl = options.cacheControl ?? 'max-age=600';
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

  async function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    file: string | null,
    fallbackBody = '',
  ) {
    const type = file ? contentType(file) : 'text/plain; charset=utf-8';
    let body: Buffer = file ? await readFile(file) : Buffer.from(fallbackBody, 'utf8');
    const headers: Record<string, string | number> = {
      'Content-Type': type,
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
    };
    if (useGzip && compressible(type)) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse) {
    const page = path.join(root, '404.html');
    if (await isFile(page)) await send(req, res, 404, page);
    else await send(req, res, 404, null, 'Not found\n');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (base !== '/' && `${url.pathname}/` === base) {
      res.writeHead(301, { Location: `${base}${url.search}` });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      await notFound(req, res);
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname.slice(base.length - 1));
    } catch {
      await send(req, res, 400, null, 'Bad request\n');
      return;
    }
    // The URL parser already folds `..` segments; decoding can bring back `%2e%2e`, `\` or NUL.
    const file = path.resolve(root, `.${pathname}`);
    if (pathname.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) {
      await notFound(req, res);
      return;
    }
    if (await isDir(file)) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = path.join(file, 'index.html');
      if (await isFile(index)) await send(req, res, 200, index);
      else await notFound(req, res);
      return;
    }
    if (await isFile(file)) {
      await send(req, res, 200, file);
      return;
    }
    if (!pathname.endsWith('/') && (await isFile(`${file}.html`))) {
      await send(req, res, 200, `${file}.html`);
      return;
    }
    await notFound(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
