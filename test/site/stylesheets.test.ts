/**
 * The order of the built pages' stylesheets, in Node. Component styles live beside their components and are
 * bundled into several files; Astro links them in the order the page imports them. The global sheet (tokens,
 * base and shared patterns) must come first, so a component's rule wins over a base rule of the same
 * specificity, as it did when both were in one sheet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, htmlFiles } from '../e2e/site';

const pages = htmlFiles().map((file) => ({
  page: path.relative(distDir, file),
  sheets: [...readFileSync(file, 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    ([, href]) => href ?? '',
  ),
}));

/** The sheet that defines the design tokens, found by its content rather than its hashed name. */
const isGlobalSheet = (href: string): boolean =>
  readFileSync(path.join(distDir, href.replace(/^.*?\/_astro\//, '_astro/')), 'utf8').includes('--measure:');

describe('stylesheets', () => {
  test('the site has pages with stylesheets', () => {
    expect(pages.filter(({ sheets }) => sheets.length > 0).length).toBeGreaterThan(40);
  });

  test.each(pages)('$page links the global sheet first, before any component’s styles', ({ sheets }) => {
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter(isGlobalSheet)).toHaveLength(1);
    expect(isGlobalSheet(sheets[0] ?? '')).toBe(true);
  });
});
