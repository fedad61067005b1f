/**
 * The site as nginx serves it with deploy/nginx.conf or deploy/nginx-subpath.conf (started by
 * `scripts/test-deploy.mjs`, which sets DEPLOY_URL, BASE_PATH and SITE): the headers a public-sector site
 * must send, caching, the 404 page, the files for search engines, and pages, search and offline use in
 * Chromium without CSP violations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  SECURITY_HEADERS,
  headerPolicy,
  metaPolicy,
} from '../../scripts/deploy-headers.mjs';
import { launchBrowser, openPage, watchPage } from '../e2e/browser';
import { distDir } from '../e2e/site';

const deployUrl = process.env['DEPLOY_URL'];
if (!deployUrl) throw new Error('DEPLOY_URL is not set: run these tests with npm run test:deploy.');
const base = new URL(deployUrl).pathname;
const site = process.env['SITE'];

/** Absolute URL on the nginx server of a path relative to the base path. */
const at = (page = '') => new URL(page, deployUrl).href;

/** The policy of the page meta tags of this build, plus what only a header can carry. */
const expectedPolicy = headerPolicy(metaPolicy(readFileSync(path.join(distDir, 'index.html'), 'utf8')) ?? '');

/** Fetches without following redirects. */
const get = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', ...init });

function expectSecurityHeaders(response: Response, what: string): void {
  expect(response.headers.get('content-security-policy'), `${what}: CSP`).toBe(expectedPolicy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers.get(name), `${what}: ${name}`).toBe(value);
  }
}

describe(`nginx serving ${base}`, () => {
  test('pages come with the security headers, the CSP of the build and revalidation', async () => {
    expect(expectedPolicy).toContain("frame-ancestors 'none'");
    for (const page of ['', 'leitfaden/befragung/', 'selbstcheck/', 'suche/?q=R%C3%A4ume']) {
      const response = await get(at(page));
      expect(response.status, `/${page}`).toBe(200);
      expect(response.headers.get('content-type'), `/${page}`).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), `/${page}`).toBe(CACHE_REVALIDATE);
      expectSecurityHeaders(response, `/${page}`);
    }
  });

  test("Astro's hashed files are cached as immutable, the service worker is revalidated", async () => {
    const html = await (await get(at())).text();
    const assets = [...html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(assets.length, 'scripts and styles on the start page').toBeGreaterThan(1);
    for (const asset of assets) {
      const response = await get(new URL(asset, deployUrl).href);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe(CACHE_IMMUTABLE);
      expectSecurityHeaders(response, asset);
    }
    const worker = await get(at('sw.js'));
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(worker.headers.get('cache-control'), 'sw.js').toBe(CACHE_REVALIDATE);
    expectSecurityHeaders(worker, 'sw.js');
  });

  test('text is sent gzipped', async () => {
    const response = await get(at('leitfaden/befragung/'), { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  test('an unknown address gets the 404 page with status 404 and the same headers', async () => {
    for (const page of ['gibt-es-nicht/', 'leitfaden/gibt-es-nicht']) {
      const response = await get(at(page));
      expect(response.status, `/${page}`).toBe(404);
      expect(await response.text(), `/${page}`).toContain('<h1>Seite nicht gefunden</h1>');
      expectSecurityHeaders(response, `/${page}`);
    }
  });

  test('the header snippets of .server/ are not served', async () => {
    for (const file of ['.server/csp.txt', '.server/nginx-headers.conf', '.server/']) {
      expect((await get(at(file))).status, file).toBe(404);
    }
  });

  test('a folder address without its slash redirects to it, relative to the host', async () => {
    const response = await get(at('leitfaden'));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${base}leitfaden/`);
  });

  test('sitemap.xml lists the pages at the public address; robots.txt only on a server of its own', async () => {
    if (!site) throw new Error('SITE is not set');
    const sitemap = await get(at('sitemap.xml'));
    expect(sitemap.status).toBe(200);
    const text = await sitemap.text();
    const root = new URL(base, site).href;
    expect(text).toContain(`<loc>${root}</loc>`);
    expect(text).toContain(`<loc>${root}leitfaden/befragung/</loc>`);
    expect(text).not.toContain('404');
    const robots = await get(at('robots.txt'));
    if (base === '/') {
      expect(robots.status).toBe(200);
      expect(await robots.text()).toContain(`Sitemap: ${root}sitemap.xml`);
    } else {
      expect(robots.status, 'robots.txt under a sub-path').toBe(404);
    }
  });
});

describe(`Chromium on nginx (${base})`, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  test('pages, the search and a stored copy work without CSP violations or console errors', async () => {
    const context = await browser.newContext();
    try {
      const page: Page = await context.newPage();
      const watch = await watchPage(page, new URL(deployUrl).origin);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      for (const pagePath of ['', 'leitfaden/befragung/', 'empfehlungen/', 'selbstcheck/']) {
        const response = await openPage(page, at(pagePath));
        expect(response?.status(), `/${pagePath}`).toBe(200);
      }
      await openPage(page, at(`suche/?q=${encodeURIComponent('Räume')}`));
      await page
        .getByRole('main')
        .getByRole('listitem')
        .getByRole('link')
        .first()
        .waitFor({ timeout: 15_000 });
      // The service worker registers under the base path and takes over.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 30_000,
      });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      expect(scope).toBe(at());
      await context.setOffline(true);
      await openPage(page, at('glossar/'));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Glossar');

      expect(await watch.problems()).toEqual({
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        foreignRequests: [],
        failedRequests: [],
      });
      expect(
        warnings.filter((text) => /policy|header/i.test(text)),
        'warnings about headers',
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('another site cannot show the pages in a frame', async () => {
    const page = await browser.newPage();
    try {
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (/frame-ancestors/.test(message.text())) blocked.push(message.text());
      });
      await page.setContent(`<iframe src="${at()}" title="Leitfaden"></iframe>`);
      await expect.poll(() => blocked.length, { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
