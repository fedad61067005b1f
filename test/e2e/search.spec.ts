/**
 * Search in the browser against the built site: real questions find the passage they are about,
 * German word forms and the ae/oe/ue spelling work, a typo is corrected and offered („Meinten Sie …?“),
 * a page hit lists its best-matching sections first, filters narrow the results and live in the
 * address, the outcome is announced once typing stops, the dialog works by keyboard alone,
 * `/suche/?q=` restores a search, nothing of search loads with a page (nor with /suche/ before there
 * is a query), the / hint is for keyboards only, and axe finds nothing on the open dialog and the
 * results page, light and dark. The relevance set runs in `search-relevance.spec.ts`.
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axe, describeViolations, launchBrowser, openPage, siteUrl, watchPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function withPage<T>(use: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

// The panel of /suche/ is a custom element without a role; its id tells it from the header's search dialog.
const panel = (page: Page) => page.locator('#seiten-suche');

/** Opens `/suche/?q=…` and waits for the announced result count. */
async function searchPage(page: Page, query: string, params = ''): Promise<string> {
  await page.goto(siteUrl(`suche/?q=${encodeURIComponent(query)}${params}`));
  const status = panel(page).getByRole('status');
  await status.filter({ hasText: /Treffer/ }).waitFor({ timeout: 15_000 });
  return (await status.textContent()) ?? '';
}

/** Link targets of the results, in order, relative to the site. */
async function resultTargets(page: Page): Promise<string[]> {
  const hrefs = await panel(page)
    .getByRole('list', { name: 'Suchergebnisse' })
    .locator(':scope > li > a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => href.replace(siteUrl(), '/'));
}

/** The number in „12 Treffer für …“. */
const total = (status: string) => Number(/^(\d+)/.exec(status)?.[1] ?? NaN);

/** Opens the search dialog with the header's button, types `query` and waits for the announced results. */
async function searchInDialog(page: Page, query: string): Promise<Locator> {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Suche/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(query);
  await dialog
    .getByRole('status')
    .filter({ hasText: /\d+ Treffer/ })
    .waitFor({ timeout: 15_000 });
  return dialog;
}

/** Checks a filter box of the results page and waits until the status announces the count its label gives. */
async function checkFilter(page: Page, box: Locator): Promise<number> {
  const label = (await box.evaluate((input) => input.closest('label')?.textContent)) ?? '';
  const expected = Number(/\((\d+)\)/.exec(label)?.[1]);
  await box.check();
  await panel(page)
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${String(expected)} Treffer`) })
    .waitFor({ timeout: 5_000 });
  return expected;
}

describe('real questions find their passage', () => {
  test.each([
    ['institutionelle Förderung', '/leitfaden/befragung/#institutionelle-foerderung-sicherheit', 3],
    ['Gremien Rederecht', '/leitfaden/themen/#gremien-institutionalisierte-zusammenarbeit', 1],
    ['Räume', '/leitfaden/befragung/#raeume-bereitstellen', 2],
    ['Wertschätzung', '/leitfaden/bewertung/#gelingen-wertschaetzung', 1],
    ['Förderformen', '/leitfaden/befragung/#befund-foerderformen', 3],
    ['Wie fördern andere Kommunen Räume', '/leitfaden/befragung/', 3],
  ])('„%s“ lists %s among the first %i', async (query, target, within) => {
    await withPage(async (page) => {
      await searchPage(page, query);
      expect((await resultTargets(page)).slice(0, within)).toContain(target);
    });
  });

  test('a result names its kind and marks the hits in the excerpt', async () => {
    await withPage(async (page) => {
      await searchPage(page, 'Wertschätzung');
      const first = panel(page).getByRole('list', { name: 'Suchergebnisse' }).getByRole('listitem').first();
      // The kind is text in a <span>, without a role or name to find it by.
      expect(await first.locator('.search-hit__badge').textContent()).toBe('Gelingensfaktor');
      expect(await first.locator('mark').first().textContent()).toMatch(/Wertschätzung/i);
    });
  });
});

describe('words the paper does not use', () => {
  test('a typo is searched corrected, and „Meinten Sie …?“ runs the corrected search', async () => {
    await withPage(async (page) => {
      const status = await searchPage(page, 'Zusamenarbeit mit anderen Fachbereichen');
      expect(total(status)).toBeGreaterThan(0);
      expect(status).toContain('Meinten Sie „Zusammenarbeit mit anderen Fachbereichen“?');
      const suggestion = panel(page).getByRole('link', {
        name: '„Zusammenarbeit mit anderen Fachbereichen“',
      });
      await suggestion.click();
      await page.waitForURL(/q=Zusammenarbeit/);
      await panel(page)
        .getByRole('status')
        .filter({ hasText: /Treffer für „Zusammenarbeit mit anderen Fachbereichen“/ })
        .waitFor({ timeout: 5_000 });
      expect(await panel(page).getByRole('searchbox').inputValue()).toBe(
        'Zusammenarbeit mit anderen Fachbereichen',
      );
      expect(
        await panel(page)
          .getByRole('link', { name: /^„Zusammenarbeit/ })
          .count(),
      ).toBe(0);
    });
  });

  test('a short unknown word is not corrected silently, only offered', async () => {
    await withPage(async (page) => {
      const status = await searchPage(page, 'Gled');
      expect(status).toMatch(/^Keine Treffer für „Gled“/);
      expect(await panel(page).getByRole('link', { name: '„Geld“' }).count()).toBe(1);
    });
  });

  test('„Zuschuss“ reaches the paper’s „Projektzuschüsse“ inside a compound', async () => {
    await withPage(async (page) => {
      await searchPage(page, 'Zuschuss');
      const hit = panel(page)
        .getByRole('list', { name: 'Suchergebnisse' })
        .getByRole('listitem')
        .filter({
          has: page.getByRole('link', {
            name: 'Ergebnisse der Befragung aus dem Qualitätszirkel',
            exact: true,
          }),
        });
      // The section that lists „Projektzuschüsse“ comes first, before those that only say „Förderung“.
      const sections = hit.getByRole('list', { name: 'Abschnitte in diesem Kapitel' }).getByRole('link');
      expect(await sections.first().textContent()).toBe('Finanzierungsmöglichkeiten aus der Praxis');
    });
  });

  test.each([
    ['Vereinsheim', '/leitfaden/befragung/#raeume-bereitstellen'],
    ['Machtgefälle', '/leitfaden/warum-zusammenarbeit/#kommunikation-machtasymmetrien'],
  ])('„%s“, a word the paper does not use, finds %s among the first five', async (query, target) => {
    await withPage(async (page) => {
      await searchPage(page, query);
      expect((await resultTargets(page)).slice(0, 5)).toContain(target);
    });
  });

  test('a question finds its answer although most of its words are not in it', async () => {
    await withPage(async (page) => {
      await searchPage(page, 'Wer ist im Rathaus für uns zuständig?');
      expect((await resultTargets(page)).slice(0, 3)).toContain(
        '/leitfaden/bewertung/#hindernis-mo-zustaendigkeiten',
      );
    });
  });

  test('a query never ends empty while one of its words has hits', async () => {
    await withPage(async (page) => {
      expect(total(await searchPage(page, 'Xylophon Räume'))).toBeGreaterThan(0);
    });
  });
});

describe('sections of a page hit', () => {
  test('list the best-matching sections first, not the first in page order', async () => {
    await withPage(async (page) => {
      await searchPage(page, 'Räume');
      const hit = panel(page)
        .getByRole('list', { name: 'Suchergebnisse' })
        .getByRole('listitem')
        .filter({
          has: page.getByRole('link', {
            name: 'Ergebnisse der Befragung aus dem Qualitätszirkel',
            exact: true,
          }),
        });
      const sections = await hit
        .getByRole('list', { name: 'Abschnitte in diesem Kapitel' })
        .getByRole('link')
        .allTextContents();
      expect(sections[0]).toBe(
        'Welche Formen der Bereitstellung von Räumen gibt es für Migrantenorganisationen?',
      );
      // In page order the chapter's sections on concepts, posts and funding come first.
      expect(sections).not.toContain('Wie sah die Umfrage aus?');
    });
  });
});

describe('German word forms', () => {
  test.each([
    ['Förderungen', 'Förderung'],
    ['Raeume', 'Räume'],
    ['Foerderformen', 'Förderformen'],
  ])('„%s“ finds what „%s“ finds first', async (variant, word) => {
    await withPage(async (page) => {
      await searchPage(page, word);
      const [expected] = await resultTargets(page);
      await searchPage(page, variant);
      expect((await resultTargets(page)).slice(0, 3)).toContain(expected);
    });
  });
});

describe('filters', () => {
  test.each([
    ['Art', 'Empfehlung'],
    ['Kapitel', 'Ergebnisse der Befragung'],
    ['Selbstcheck-Dimension', 'Förderformen und Budget'],
    ['Zielgruppe', 'Migrantenorganisationen'],
  ])('%s: %s narrows the results to its count', async (legend, value) => {
    await withPage(async (page) => {
      const before = total(await searchPage(page, 'Förderung'));
      const group = panel(page).getByRole('group', { name: legend });
      const box = group.getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) });
      const expected = await checkFilter(page, box);
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(before);
      expect(await group.getByRole('checkbox', { name: new RegExp(`^${value} `) }).isChecked()).toBe(true);
    });
  });
});

describe('filters in the address', () => {
  /** The checked filter boxes of the search page, as `name=value`. */
  const checked = (page: Page) =>
    panel(page)
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) =>
        boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`),
      );

  test('a checked filter goes into the address, and the address restores it after a reload', async () => {
    await withPage(async (page) => {
      const before = total(await searchPage(page, 'Förderung'));
      const group = panel(page).getByRole('group', { name: 'Art' });
      await group.getByRole('checkbox', { name: /^Hindernis \(\d+\)$/ }).check();
      await page.waitForURL((url) => url.searchParams.getAll('art').includes('Hindernis'));
      const status = panel(page).getByRole('status');
      await status.filter({ hasText: /^\d+ Treffer/ }).waitFor();
      const filtered = total((await status.textContent()) ?? '');
      expect(filtered).toBeLessThan(before);

      await page.reload();
      await status
        .filter({ hasText: new RegExp(`^${String(filtered)} Treffer`) })
        .waitFor({ timeout: 15_000 });
      expect(await checked(page)).toEqual(['art=Hindernis']);
    });
  });

  test('a shared link with filters opens the filtered search', async () => {
    await withPage(async (page) => {
      const all = total(await searchPage(page, 'Räume'));
      const status = await searchPage(page, 'Räume', '&zielgruppe=Migrantenorganisationen');
      expect(total(status)).toBeGreaterThan(0);
      expect(total(status)).toBeLessThan(all);
      expect(await checked(page)).toEqual(['zielgruppe=Migrantenorganisationen']);
    });
  });

  test('the dialog hands its filters to the results page', async () => {
    await withPage(async (page) => {
      await openPage(page, siteUrl());
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox').fill('Förderung');
      await dialog.getByText('Treffer eingrenzen').click();
      await dialog.getByRole('checkbox', { name: /^Empfehlung \(\d+\)$/ }).check();
      await dialog
        .getByRole('status')
        .filter({ hasText: /\d+ Treffer/ })
        .waitFor({ timeout: 15_000 });
      await Promise.all([
        page.waitForURL(/\/suche\/\?/),
        dialog.getByRole('button', { name: 'Alle Treffer' }).click(),
      ]);
      expect(new URL(page.url()).searchParams.getAll('art')).toEqual(['Empfehlung']);
      await panel(page)
        .getByRole('status')
        .filter({ hasText: /Treffer/ })
        .waitFor({ timeout: 15_000 });
      expect(await checked(page)).toEqual(['art=Empfehlung']);
    });
  });

  test('an unknown filter value in the address is named, dropped and not searched', async () => {
    await withPage(async (page) => {
      const all = total(await searchPage(page, 'Räume'));
      await page.goto(siteUrl(`suche/?q=R%C3%A4ume&art=Quatsch&art=Empfehlung`));
      const status = panel(page).getByRole('status');
      await status.filter({ hasText: /Treffer/ }).waitFor({ timeout: 15_000 });
      const text = (await status.textContent()) ?? '';
      expect(text).toContain('„Quatsch“');
      expect(text).toMatch(/nicht angewandt/);
      expect(await checked(page)).toEqual(['art=Empfehlung']);
      expect(new URL(page.url()).searchParams.getAll('art')).toEqual(['Empfehlung']);
      const filtered = Number(/(\d+) Treffer/.exec(text)?.[1]);
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(all);
    });
  });
});

test('the dialog works by keyboard alone and gives the focus back', async () => {
  await withPage(async (page) => {
    await openPage(page, siteUrl('leitfaden/'));
    const opener = page.getByRole('banner').getByRole('button', { name: /^Suche/ });
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Im Leitfaden suchen' });
    await dialog.waitFor();
    const input = dialog.getByRole('searchbox', { name: 'Suchbegriff' });
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Räume');
    // The outcome of the whole word: a search for its first letters may finish first (the panel's code
    // can load while the word is typed), and its results are replaced, taking the focus with them.
    await dialog
      .getByRole('status')
      .filter({ hasText: /\d+ Treffer für „Räume“/ })
      .waitFor({ timeout: 15_000 });
    // Tab past the submit button and the filters to the first result link (by its class: a hit's section
    // links are links in the list as well).
    let onResult = false;
    for (let step = 0; step < 40 && !onResult; step += 1) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(
        () => document.activeElement?.classList.contains('search-hit__link') ?? false,
      );
    }
    expect(onResult, 'Tab reaches a result link').toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

test('the dialog opened with the button closes with Escape back to the button', async () => {
  await withPage(async (page) => {
    await openPage(page, siteUrl());
    const opener = page.getByRole('banner').getByRole('button', { name: /^Suche/ });
    await searchInDialog(page, 'Gremien');
    const dialog = page.getByRole('dialog', { name: 'Im Leitfaden suchen' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    // A search box may take the first Escape to clear itself; the dialog must close by the second.
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

test('/ typed into a text field stays a character', async () => {
  await withPage(async (page) => {
    await openPage(page, siteUrl('suche/'));
    const input = panel(page).getByRole('searchbox', { name: 'Suchbegriff' });
    await input.focus();
    await page.keyboard.type('a/b');
    expect(await input.inputValue()).toBe('a/b');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});

test('/suche/?q= restores the query, and typing keeps it in the URL for the back button', async () => {
  await withPage(async (page) => {
    await searchPage(page, 'Wertschätzung');
    const input = panel(page).getByRole('searchbox', { name: 'Suchbegriff' });
    expect(await input.inputValue()).toBe('Wertschätzung');
    await input.fill('Räume');
    await input.press('Enter');
    await page.waitForURL(/q=R%C3%A4ume/);
    await page.goBack();
    await page.waitForURL(/q=Wertsch/);
    expect(await input.inputValue()).toBe('Wertschätzung');
  });
});

test('the outcome is announced once, after typing stops, while the results show at once', async () => {
  await withPage(async (page) => {
    await openPage(page, siteUrl('leitfaden/'));
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    // Every text the live region takes, from the first keystroke on.
    await dialog.getByRole('status').evaluate((status) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => {
        if (status.textContent) said.push(status.textContent);
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    // Typed at a steady pace with pauses longer than the search's debounce: it searches on the way.
    await dialog.getByRole('searchbox').pressSequentially('Räume mieten', { delay: 250 });
    await dialog.locator('.search-panel__status').filter({ hasText: '„Räume mieten“' }).waitFor();
    await dialog.getByRole('status').filter({ hasText: '„Räume mieten“' }).waitFor({ timeout: 5_000 });
    await page.waitForTimeout(1_500);
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^\d+ Treffer für „Räume mieten“/);
  });
});

test('a search started while the search code loaded is announced only once typing pauses', async () => {
  await withPage(async (page) => {
    await openPage(page, siteUrl('leitfaden/'));
    // The panel's code arrives only after the first letter is typed, as on a slow connection.
    let firstLetter = () => {};
    const typed = new Promise<void>((resolve) => (firstLetter = resolve));
    await page.route(/\/search-panel\.[^/]*\.js$/, async (route) => {
      await typed;
      await route.continue();
    });
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').press('R');
    // What the live region says at the moment the first results show (the word may go on: „Räume“).
    await dialog.getByRole('list', { name: 'Suchergebnisse' }).evaluate((list) => {
      const status = list.closest('search-panel')?.querySelector('[role="status"]');
      (window as unknown as { saidAtFirstResults: Promise<string> }).saidAtFirstResults = new Promise(
        (resolve) => {
          new MutationObserver((_, observer) => {
            if (list.children.length === 0) return;
            observer.disconnect();
            resolve(status?.textContent ?? 'no live region');
          }).observe(list, { childList: true });
        },
      );
    });
    firstLetter();
    expect(
      await page.evaluate(
        () => (window as unknown as { saidAtFirstResults: Promise<string> }).saidAtFirstResults,
      ),
    ).toBe('');
    await dialog
      .getByRole('status')
      .filter({ hasText: /^\d+ Treffer für „R“/ })
      .waitFor({ timeout: 15_000 });
  });
});

test('/suche/ loads search only once there is a query, typed or in the address', async () => {
  await withPage(async (page) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openPage(page, siteUrl('suche/'));
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await panel(page).getByRole('searchbox').pressSequentially('Räume');
    await panel(page)
      .getByRole('status')
      .filter({ hasText: /\d+ Treffer/ })
      .waitFor({ timeout: 15_000 });
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });
  await withPage(async (page) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await searchPage(page, 'Räume');
    expect(requests.some((url) => url.endsWith('/pagefind/words.json'))).toBe(true);
  });
});

describe('the / shortcut hint of the header’s search button', () => {
  const hint = (page: Page) => page.getByRole('banner').locator('kbd');

  test('is shown where there is a keyboard and a mouse', async () => {
    await withPage(async (page) => {
      await openPage(page, siteUrl());
      expect(await hint(page).isVisible()).toBe(true);
    });
  });

  test('is not shown on a touch screen', async () => {
    await withPage(
      async (page) => {
        await openPage(page, siteUrl());
        expect(await hint(page).isVisible()).toBe(false);
        expect(await page.getByRole('banner').getByRole('button', { name: 'Suche' }).isVisible()).toBe(true);
      },
      { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true },
    );
  });
});

test('no page loads search code or index until search is opened', async () => {
  await withPage(async (page) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const watch = await watchPage(page);
    await openPage(page, siteUrl('leitfaden/befragung/'));
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await searchInDialog(page, 'Räume');
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    const problems = await watch.problems();
    expect(problems.cspViolations).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
});

test('without JavaScript the header’s search button leads to /suche/, which explains and links the index', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl());
    const button = page.getByRole('banner').getByRole('button', { name: /^Suche/ });
    await Promise.all([page.waitForURL(/suche\/\??$/), button.click()]);
    expect(await page.getByRole('main').textContent()).toMatch(/braucht JavaScript/);
    expect(await page.getByRole('main').getByRole('link', { name: 'Alle Empfehlungen' }).count()).toBe(1);
  } finally {
    await context.close();
  }
});

describe.each(['light', 'dark'] as const)('accessibility (axe), %s', (colorScheme) => {
  test('the open dialog with results and a suggestion', async () => {
    await withPage(
      async (page) => {
        await openPage(page, siteUrl());
        await searchInDialog(page, 'Zusamenarbeit Förderung');
        expect(await page.getByRole('dialog').locator('mark').count()).toBeGreaterThan(0);
        expect(describeViolations((await axe(page)).violations)).toEqual([]);
      },
      { colorScheme },
    );
  });

  test('/suche/?q=… with results', async () => {
    await withPage(
      async (page) => {
        await searchPage(page, 'Räume');
        expect(describeViolations((await axe(page)).violations)).toEqual([]);
      },
      { colorScheme },
    );
  });

  test('the results page with a filter set', async () => {
    await withPage(
      async (page) => {
        await searchPage(page, 'Förderung');
        await checkFilter(page, panel(page).getByRole('checkbox').first());
        expect(describeViolations((await axe(page)).violations)).toEqual([]);
      },
      { colorScheme },
    );
  });
});

test('highlighted words keep the text colour of the theme, readable in dark mode', async () => {
  await withPage(
    async (page) => {
      await searchPage(page, 'Räume');
      const mark = panel(page).locator('.search-hit__excerpt mark').first();
      const [text, body] = await Promise.all([
        mark.evaluate((element) => getComputedStyle(element).color),
        page.evaluate(() => getComputedStyle(document.body).color),
      ]);
      expect(text).toBe(body);
    },
    { colorScheme: 'dark' },
  );
});
