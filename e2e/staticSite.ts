import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';

/**
 * Builds and serves the app outside Playwright's main web server, for specs
 * that need their own data or base path. The server behaves like a plain
 * static host: files only, directories by their index.html, 404.html for
 * anything else, no single-page fallback.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Runs the pipeline's CLI on a seeds folder, the way `npm run extract` does; returns its output. */
export function extractSeeds(seeds: string, out: string): string {
  mkdirSync(dirname(out), { recursive: true });
  return execFileSync(process.execPath, ['scripts/extract.mjs', '--seeds', seeds, '--out', out], {
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

/** `vite build` into `outDir`, shipping `dataFile` as data/timeline.json. */
export function buildApp({ outDir, dataFile, base = '/' }: { outDir: string; dataFile: string; base?: string }) {
  execFileSync('npx', ['vite', 'build', '--base', base, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, THREADLINE_DATA: dataFile },
    stdio: 'pipe',
  });
}

export interface StaticSite {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `outDir` under `base`; port 0 picks a free one, so parallel runs never collide. */
export async function serveStatic(outDir: string, base = '/', port = 0): Promise<StaticSite> {
  const notFound = join(outDir, '404.html');
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A garbled percent-escape: a real host answers with its error page, so do we.
      path = '';
    }
    let file = path.startsWith(base) ? normalize(join(outDir, path.slice(base.length))) : notFound;
    if (!file.startsWith(normalize(outDir)) || file.includes('\0')) file = notFound;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const body = readFileSync(found ? file : notFound);
    const type = found ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html']!;
    res.writeHead(found ? 200 : 404, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
