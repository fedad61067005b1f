/**
 * Browser tests of the built site: every page loads cleanly, and the behaviour readers rely on
 * (skip link, anchors, search, filters without JavaScript, small screens, print) works.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadItems } from '../fixtures/data';
import { launchBrowser, openPage, siteUrl, watchPage, type PageProblems } from './browser';
import { sitePages } from './site';

const pages = sitePages();

/** What `watchPage` reports for a page that loaded cleanly. */
const noProblems: PageProblems = {
  consoleErrors: [],
  pageErrors: [],
  cspViolations: [],
  foreignRequests: [],
  failedRequests: [],
};

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser.close();
});

/** Opens a fresh page in the shared context, runs `use` and closes the page again. */
async function withPage<T>(use: (page: Page) => Promise<T>, on: BrowserContext = context): Promise<T> {
  const page = await on.newPage();
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

/** How long `expect.poll` waits for something the page does after an event (default: 1 s). */
const settle = { timeout: 5_000 };

/** Whether the focused element is `locator`'s element or inside it. */
function holdsFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.contains(document.activeElement));
}

describe('every page', () => {
  test.each(pages.map((page) => ({ page, path: `/${page}` })))(
    '$path loads without errors, CSP violations or requests to other origins, in German with one h1',
    async ({ page: pagePath }) => {
      await withPage(async (page) => {
        const watch = await watchPage(page);
        const response = await openPage(page, siteUrl(pagePath));
        expect(response?.status(), 'HTTP status').toBe(200);

        expect(await watch.problems()).toEqual(noProblems);
        expect(await page.locator('html').getAttribute('lang')).toBe('de');
        expect(await page.getByRole('heading', { level: 1 }).count(), 'number of h1 headings').toBe(1);
      });
    },
  );
});

describe('behaviour', () => {
  test('the skip link moves focus into the main content', async () => {
    await withPage(async (page) => {
      await page.goto(siteUrl('leitfaden/befragung/'));
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
      expect(await holdsFocus(skipLink), 'the first Tab focuses the skip link').toBe(true);

      await page.keyboard.press('Enter');
      const main = page.getByRole('main');
      await expect
        .poll(() => holdsFocus(main), { ...settle, message: 'focus is in the main landmark after Enter' })
        .toBe(true);
    });
  });

  test('the main navigation and the breadcrumb name the start page „Startseite“', async () => {
    await withPage(async (page) => {
      await page.goto(siteUrl('leitfaden/befragung/'));
      const start = siteUrl();
      for (const name of ['Hauptnavigation', 'Sie sind hier']) {
        const link = page
          .getByRole('navigation', { name })
          .getByRole('link', { name: 'Startseite', exact: true });
        expect(await link.getAttribute('href'), `${name} links to the start page`).toBe(
          new URL(start).pathname,
        );
      }
    });
  });

  test('the breadcrumb’s separators are hidden from assistive technology', async () => {
    await withPage(async (page) => {
      await page.goto(siteUrl('leitfaden/befragung/'));
      const trail = page.getByRole('navigation', { name: 'Sie sind hier' });
      expect(await trail.getByRole('listitem').count()).toBe(3);
      // What a screen reader gets: the links and the current page, without the „›“ between them.
      const tree = await trail.ariaSnapshot();
      expect(tree).toContain('link "Leitfaden"');
      expect(tree).not.toContain('›');
      expect(await trail.textContent()).toContain('›');
    });
  });

  test('an unknown address answers 404 with links to the start page, the guide and the search', async () => {
    await withPage(async (page) => {
      const response = await page.goto(siteUrl('gibt-es-nicht/'));
      expect(response?.status(), 'HTTP status').toBe(404);
      await page
        .getByRole('main')
        .getByText('Weiter zur Startseite, zum Leitfaden oder zur Suche.', { exact: true })
        .waitFor({ timeout: 5_000 });
    });
  });

  test('an anchor link to a recommendation scrolls to it', async () => {
    // The chapter's last recommendation stands far below the first screen, so only a scroll shows it.
    const id = lastRecommendationId('befragung');
    await withPage(async (page) => {
      await page.goto(siteUrl(`leitfaden/befragung/#${id}`));
      const item = page.locator(`[id="${id}"]`);
      expect(await item.count(), `element with id ${id}`).toBe(1);

      const inViewport = () =>
        item.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
        });
      await expect.poll(inViewport, { ...settle, message: `#${id} is scrolled into view` }).toBe(true);
      expect(await page.evaluate(() => window.scrollY), 'the page has scrolled').toBeGreaterThan(500);

      const selfLinks = item.getByRole('link', { name: /Link zu dies/ });
      const hrefs = await selfLinks.evaluateAll((links) =>
        links.map((link) => (link instanceof HTMLAnchorElement ? link.href : '')),
      );
      expect(hrefs, `#${id} links to itself`).toContain(siteUrl(`leitfaden/befragung/#${id}`));
    });
  });

  test('search finds institutionelle Förderung', async () => {
    await withPage(async (page) => {
      const watch = await watchPage(page);
      await page.goto(siteUrl());
      // The header's search button opens the search dialog; its form leads to the results page.
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Suche/ })
        .click();
      const search = page.getByRole('dialog').getByRole('search');
      const input = search
        .getByRole('searchbox', { name: 'Suchbegriff' })
        .or(search.getByRole('textbox', { name: 'Suchbegriff' }));
      await input.fill('institutionelle Förderung');
      await Promise.all([page.waitForURL(/[?&]q=/), input.press('Enter')]);

      const hit = page
        .getByRole('main')
        .getByRole('listitem')
        .filter({ hasText: /institutionelle\s+Förderung/i })
        .filter({ has: page.getByRole('link') })
        .first();
      await hit.waitFor({ state: 'visible', timeout: 15_000 });

      const status = page.getByRole('main').getByRole('status');
      await expect
        .poll(async () => (await status.textContent()) ?? '', {
          ...settle,
          message: 'the result count is announced in role=status',
        })
        .toMatch(/\d/);
      // The search loads Pagefind's script, WebAssembly and index only now: all must pass the CSP.
      expect(await watch.problems()).toEqual(noProblems);
    });
  });

  test('recommendation filters work as plain links without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      await withPage(async (page) => {
        await page.goto(siteUrl('empfehlungen/'));
        const main = page.getByRole('main');
        /** Entries of the index: list items that carry the item's facts (kind, chapter, dimensions). */
        const entries = main.getByRole('listitem').filter({ has: page.getByRole('term') });
        const all = await entries.count();
        expect(all, 'entries on the unfiltered page').toBeGreaterThan(0);

        const filter = main.getByRole('navigation').getByRole('link', { name: /Räume/ }).first();
        await Promise.all([page.waitForURL((url) => url.href !== siteUrl('empfehlungen/')), filter.click()]);

        const shown = await entries.count();
        expect(shown, 'entries after filtering by Räume').toBeGreaterThan(0);
        expect(shown, 'filtering by Räume leaves fewer entries').toBeLessThan(all);
        for (const entry of await entries.all()) {
          const name = (await entry.getByRole('paragraph').first().textContent())?.slice(0, 60) ?? '';
          expect(
            await entry.getByRole('link', { name: /^Link zu (dieser|diesem) / }).count(),
            `"${name}…" is an item with its permalink`,
          ).toBeGreaterThan(0);
          expect(
            await entry.getByRole('definition').filter({ hasText: 'Räume' }).count(),
            `"${name}…" serves the dimension Räume`,
          ).toBeGreaterThan(0);
        }
      }, noScript);
    } finally {
      await noScript.close();
    }
  });

  test('pages fit a 320 px wide screen', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const tooWide: string[] = [];
    try {
      await withPage(async (page) => {
        for (const pagePath of pages) {
          await page.goto(siteUrl(pagePath), { waitUntil: 'load' });
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) tooWide.push(`/${pagePath}: ${String(width)} px`);
        }
      }, narrow);
    } finally {
      await narrow.close();
    }
    expect(tooWide, 'pages wider than 320 px').toEqual([]);
  });

  test('printing hides navigation', async () => {
    await withPage(async (page) => {
      await page.goto(siteUrl('leitfaden/befragung/'));
      await page.emulateMedia({ media: 'print' });
      const navigation = page.getByRole('banner', { includeHidden: true }).getByRole('navigation', {
        includeHidden: true,
      });
      expect(await navigation.count(), 'navigation landmarks in the page header').toBeGreaterThan(0);
      for (const nav of await navigation.all()) {
        expect(await nav.isVisible(), 'header navigation is visible in print').toBe(false);
      }
      expect(await page.getByRole('main').isVisible(), 'main content is visible in print').toBe(true);
    });
  });
});

/** Id of the last recommendation (`kind: empfehlung`) of a chapter in `src/data/items.yaml`. */
function lastRecommendationId(chapter: string): string {
  const item = loadItems().findLast((entry) => entry.kind === 'empfehlung' && entry.chapter === chapter);
  if (!item) throw new Error(`src/data/items.yaml has no recommendation in chapter ${chapter}`);
  return item.id;
}
