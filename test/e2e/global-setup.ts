/**
 * Global setup of the `site` test project: serves the built site in `dist/` under the base path
 * (`BASE_PATH`, default `/`) from a small static file server on 127.0.0.1 and a free port, the way
 * a plain web server would, and hands its URL to the tests as `inject('siteUrl')`.
 */
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { basePath, distDir, notFoundFile } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the site's start page on the test server, ending in the base path, e.g. `http://127.0.0.1:41234/`. */
    siteUrl: string;
  }
}

/** Content types by file extension; anything else is served as `application/octet-stream`. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  // Pagefind's index files (and its compressed WebAssembly, `wasm.*.pagefind`) are binary.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function contentType(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  status: number,
  size: number,
): void {
  res.writeHead(status, {
    'Content-Type': contentType(file),
    'Content-Length': size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function sendNotFound(req: IncomingMessage, res: ServerResponse): void {
  const stats = statOrNull(notFoundFile);
  if (stats?.isFile()) {
    sendFile(req, res, notFoundFile, 404, stats.size);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' }).end(location);
}

/** Answers one request the way a static host serving `dist/` under `base` would. */
function handle(base: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (pathname.includes('\0')) {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (`${pathname}/` === base) {
    redirect(res, base + url.search);
    return;
  }
  if (!pathname.startsWith(base)) {
    sendNotFound(req, res);
    return;
  }
  const file = path.resolve(distDir, `.${path.posix.normalize(`/${pathname.slice(base.length)}`)}`);
  if (file !== distDir && !file.startsWith(distDir + path.sep)) {
    sendNotFound(req, res);
    return;
  }
  const stats = statOrNull(file);
  if (stats?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      redirect(res, `${url.pathname}/${url.search}`);
      return;
    }
    const index = path.join(file, 'index.html');
    const indexStats = statOrNull(index);
    if (indexStats?.isFile()) sendFile(req, res, index, 200, indexStats.size);
    else sendNotFound(req, res);
    return;
  }
  if (stats?.isFile() && !pathname.endsWith('/')) {
    sendFile(req, res, file, 200, stats.size);
    return;
  }
  sendNotFound(req, res);
}

/** Refuses to run against a missing build or one made for another base path. */
function checkBuild(base: string): void {
  const start = path.join(distDir, 'index.html');
  if (!existsSync(distDir) || !existsSync(start)) {
    throw new Error(
      `The site tests need the built site, but ${existsSync(distDir) ? start : distDir} does not exist: run npm run build first.`,
    );
  }
  // Astro's bundled assets live in `<base>_astro/`; their URLs on the start page tell the build's base.
  const html = readFileSync(start, 'utf8');
  const builtFor = [...html.matchAll(/["'](\/[^"']*?)_astro\//g)].map((match) => match[1]);
  if (builtFor.length > 0 && !builtFor.includes(base)) {
    throw new Error(
      `dist/ was built for the base path ${builtFor[0] ?? '?'}, but the tests run with BASE_PATH=${base}: run the tests with the BASE_PATH of the build, or rebuild (npm run build).`,
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = basePath();
  checkBuild(base);

  const server = createServer((req, res) => {
    handle(base, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  project.provide('siteUrl', `http://127.0.0.1:${String(port)}${base}`);

  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => {
      server.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  };
}
