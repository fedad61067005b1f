/**
 * Facts about the built site in `dist/` shared by the site tests (Node only, no browser):
 * where it is, which base path it was built for and which pages it has.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../fixtures/data';

/** Absolute path of the built site. */
export const distDir = path.join(projectRoot, 'dist');

/** Folder of Pagefind's search index inside `dist/`; it holds no pages. */
export const pagefindDir = path.join(distDir, 'pagefind');

/** Astro's "page not found" page. */
export const notFoundFile = path.join(distDir, '404.html');

/**
 * The base path the site is served under, as Astro sees it: `BASE_PATH` (the same variable
 * `astro.config.mjs` reads) with a leading and a trailing slash, `/` by default.
 */
export function basePath(value: string | undefined = process.env['BASE_PATH']): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The origin absolute links to the site itself use (`SITE`, as in `astro.config.mjs`). */
export function siteOrigin(value: string | undefined = process.env['SITE']): string {
  return new URL(value ?? 'http://localhost:4321').origin;
}

/** Every file below `dir` whose name passes `keep`, as absolute paths, sorted. */
export function walkFiles(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walkFiles(full, keep));
    else if (entry.isFile() && keep(full)) found.push(full);
  }
  return found.sort();
}

/** Every HTML file of the built site, including the 404 page. */
export function htmlFiles(): string[] {
  return walkFiles(distDir, (file) => file.endsWith('.html') && !file.startsWith(pagefindDir + path.sep));
}

/**
 * Every page of the built site as a path relative to the base path (`''` for the start page,
 * `leitfaden/befragung/` for a chapter), found as `index.html` files; without the 404 page and
 * Pagefind's folder.
 */
export function sitePages(): string[] {
  return walkFiles(distDir, (file) => path.basename(file) === 'index.html')
    .filter((file) => !file.startsWith(pagefindDir + path.sep))
    .map((file) => path.relative(distDir, path.dirname(file)).split(path.sep).join('/'))
    .map((dir) => (dir === '' ? '' : `${dir}/`));
}

/** The file in `dist/` a page path (relative to the base path) is served from. */
export function pageFile(page: string): string {
  return path.join(distDir, ...page.split('/').filter(Boolean), 'index.html');
}
