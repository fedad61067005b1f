/**
 * Offline use of the built site in Chromium: after one visit the service worker has stored the site, and
 * with the network gone other pages, the search, a shared self-check result and the workshop comparison still
 * work, with a note that says so. The worker's caches hold the site's own files only, never what a reader typed or shared.
 * A new version announces itself and takes over only when the reader asks for it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tc } from '../../src/i18n/de-comparison';
import { tw } from '../../src/i18n/de-workshop';
import { t } from '../../src/i18n/t';
import { encodeShareFragment } from '../../src/lib/assessment/share-link';
import { typical } from '../fixtures/assessments';
import { workshopPath } from '../fixtures/workshop';
import { launchBrowser, siteUrl, watchPage, type PageWatch } from './browser';
import { distDir } from './site';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Waits until the service worker has stored the site and controls `page`. */
async function waitUntilStored(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** Every URL in the page's origin's caches. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** The site-wide note at the bottom of the screen (`role="status"`). */
const note = (page: Page) => page.locator('site-status').getByRole('status');

/** A button of the note, by the key of its label. */
const button = (page: Page, key: 'status.reload' | 'status.dismiss') =>
  page.locator('site-status').getByRole('button', { name: t(key), includeHidden: true });

describe('offline', () => {
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    watch = await watchPage(page);
    await page.goto(siteUrl('leitfaden/'));
    await waitUntilStored(page);
    await context.setOffline(true);
  });

  afterAll(async () => {
    await context.close();
  });

  test('going offline shows a note that the site keeps working', async () => {
    await expect.poll(() => note(page).textContent(), { timeout: 5_000 }).toBe(t('status.offline'));
    expect(await note(page).isVisible(), 'the note is visible').toBe(true);
    expect(await button(page, 'status.reload').isVisible(), '„Neu laden“ is only for a new version').toBe(
      false,
    );
    expect(await button(page, 'status.dismiss').isVisible(), '„Ausblenden“ is offered').toBe(true);
  });

  test.each(['leitfaden/befragung/', 'empfehlungen/', 'glossar/'])(
    '/%s opens offline, with the offline note',
    async (path) => {
      const response = await page.goto(siteUrl(path));
      expect(response?.status(), 'HTTP status from the service worker').toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).count(), 'h1 headings').toBe(1);
      await expect.poll(() => note(page).textContent(), { timeout: 5_000 }).toBe(t('status.offline'));
    },
  );

  test('search finds Räume offline', async () => {
    await page.goto(siteUrl(`suche/?q=${encodeURIComponent('Räume')}`));
    await page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: /Räume/ })
      .getByRole('link')
      .first()
      .waitFor({ timeout: 15_000 });
  });

  test('a shared self-check result opens offline', async () => {
    await page.goto(siteUrl(`selbstcheck/${encodeShareFragment(typical)}`));
    await page
      .getByRole('heading', { name: t('selbstcheck.result') })
      .first()
      .waitFor({ timeout: 15_000 });
  });

  test('the workshop guide opens and the comparison compares two departments offline', async () => {
    await page.goto(siteUrl('workshop/'));
    await page.getByRole('heading', { level: 1, name: tw('workshop.title') }).waitFor({ timeout: 5_000 });
    await page.goto(siteUrl('workshop/vergleich/'));
    await page
      .getByLabel(tc('comparison.files'))
      .setInputFiles([workshopPath('jugendamt.json'), workshopPath('kulturamt.json')]);
    await page
      .getByRole('table', { name: tc('comparison.tableCaption') })
      .getByRole('columnheader', { name: '2. Kulturamt' })
      .waitFor({ timeout: 15_000 });
  });

  test('„Ausblenden“ hides the note until the connection changes again', async () => {
    await button(page, 'status.dismiss').click();
    await expect.poll(() => note(page).textContent(), { timeout: 5_000 }).toBe('');
    expect(await button(page, 'status.dismiss').isVisible()).toBe(false);
    await context.setOffline(false);
    await context.setOffline(true);
    await expect.poll(() => note(page).textContent(), { timeout: 5_000 }).toBe(t('status.offline'));
  });

  test('an address the site does not have gets the 404 page offline', async () => {
    await page.goto(siteUrl('gibt-es-nicht/'));
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor({ timeout: 5_000 });
  });

  test('no page had errors or CSP violations, and the caches hold only the site as built', async () => {
    const problems = await watch.problems();
    // Offline, nothing may have tried the network and failed.
    expect(problems).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      foreignRequests: [],
      failedRequests: [],
    });
    const urls = await cachedUrls(page);
    expect(urls.length, 'files in the cache').toBeGreaterThan(100);
    const own = urls.map((url) => {
      const parsed = new URL(url);
      parsed.searchParams.delete('__WB_REVISION__');
      return parsed;
    });
    expect(
      own.filter((url) => url.search !== '' || url.hash !== '').map(String),
      'cached URLs with a query or fragment (what a reader typed or shared)',
    ).toEqual([]);
    expect(
      own.filter((url) => !url.href.startsWith(siteUrl())).map(String),
      'cached URLs outside the site',
    ).toEqual([]);
    expect(
      own.filter((url) => url.pathname.endsWith('/gibt-es-nicht/')).map(String),
      'the unknown address',
    ).toEqual([]);
  });
});

describe('a new version', () => {
  const workerFile = path.join(distDir, 'sw.js');
  const originalWorker = readFileSync(workerFile, 'utf8');

  test('is announced with a reload button and takes over only when the reader reloads', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(siteUrl('leitfaden/'));
      await waitUntilStored(page);

      // A new build is deployed: the worker script changes. (Playwright's routing does not see the
      // browser's update check, so the test changes the file the test server sends, and restores it.)
      writeFileSync(workerFile, `${originalWorker}\n// next version\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });

      await expect.poll(() => note(page).textContent(), { timeout: 15_000 }).toBe(t('status.update'));
      const reload = page.getByRole('button', { name: t('status.reload') });
      expect(await reload.isVisible(), 'the reload button is visible').toBe(true);
      // Reachable from the keyboard: the note comes right after the skip link.
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(
        await reload.evaluate((button) => button === document.activeElement),
        'the second Tab reaches „Neu laden“',
      ).toBe(true);
      const waitingBefore = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
      );
      expect(waitingBefore, 'the new worker waits for the reader').toBe(true);

      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await expect.poll(() => note(page).textContent(), { timeout: 5_000 }).toBe('');
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: registration?.waiting ?? null,
          controlled: navigator.serviceWorker.controller !== null,
        };
      });
      expect(state, 'the new worker controls the page, none is waiting').toEqual({
        waiting: null,
        controlled: true,
      });
    } finally {
      writeFileSync(workerFile, originalWorker);
      await context.close();
    }
  });
});
