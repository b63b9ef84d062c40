/**
 * A tiny static file server for the browser benchmarks: one root folder plus
 * "mounts" (a URL path mapped to a file or a folder elsewhere), on a free
 * port of 127.0.0.1 chosen by the OS (never 4173, which the e2e tests use).
 * node:http is enough: no compression and no caching, so every run does the
 * same work and the numbers measure the apps, not the server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** URL path → file (exact path) or folder (key ending in '/'). */
  mounts?: Record<string, string>;
  /** Unknown extension-less paths get index.html (the app's deep links). */
  spaFallback?: boolean;
}

/** The file a URL path names, or null; never escapes the folder it is served from. */
export function resolvePath(root: string, pathname: string, mounts: Record<string, string> = {}): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (mounts[decoded] && !decoded.endsWith('/')) return mounts[decoded]!;
  // A folder's index.html may be mounted on its own (a data set's own page).
  if (decoded.endsWith('/') && mounts[`${decoded}index.html`]) return mounts[`${decoded}index.html`]!;
  let base = root;
  let rest = decoded;
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (prefix.endsWith('/') && decoded.startsWith(prefix)) {
      base = dir;
      rest = decoded.slice(prefix.length);
      break;
    }
  }
  const full = resolve(base, `.${sep}${normalize(rest)}`);
  if (full !== resolve(base) && !full.startsWith(resolve(base) + sep)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) return join(full, 'index.html');
  return full;
}

export function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const mounts = options.mounts ?? {};
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolvePath(root, url.pathname, mounts);
    if ((!file || !existsSync(file)) && options.spaFallback && !extname(url.pathname)) file = join(root, 'index.html');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ready({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
