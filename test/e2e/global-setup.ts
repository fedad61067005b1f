/**
 * Global setup of the `site` test project: serves the built site in `dist/` with `astro preview` (what
 * `npm run preview` runs: static files under the base path `BASE_PATH`, the 404 page for anything else) on
 * 127.0.0.1 and a free port, and hands its URL to the tests as `inject('siteUrl')`. The headers a real server
 * adds are tested against nginx (`test/deploy/`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../fixtures/data';
import { basePath, distDir } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the site's start page on the test server, ending in the base path, e.g. `http://127.0.0.1:41234/`. */
    siteUrl: string;
  }
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
  // astro.config.mjs reads BASE_PATH too, so the server uses the base the build was checked against.
  const server = await preview({
    root: projectRoot,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
  });
  project.provide('siteUrl', `http://127.0.0.1:${String(server.port)}${base}`);
  return () => server.stop();
}
