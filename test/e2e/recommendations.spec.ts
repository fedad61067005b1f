/**
 * The recommendation index /empfehlungen/ in Chromium: filters that combine, with the choice in the address;
 * static filter pages that lead into the combination; options that all narrow the list and read differently;
 * permalinks that are an icon with a name, not the word „Link“ after every entry.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { axe, describeViolations, launchBrowser, openPage, siteUrl, watchPage } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

beforeEach(async () => {
  page = await browser.newPage();
});

afterEach(async () => {
  await page.close();
});

afterAll(async () => {
  await browser.close();
});

const filters = () => page.getByRole('navigation', { name: t('filters.label') });
const results = () => page.getByRole('region', { name: /Einträge?\b/ });
/** The number in the results heading („12 Einträge – …“). */
const headingCount = async () =>
  Number(/^\d+/.exec((await results().getByRole('heading', { level: 2 }).textContent()) ?? '')?.[0]);
/**
 * Entries on screen, children included; an entry kept only for the questions under it is not one itself.
 * (Entries are list items of two nested lists; the classes tell an entry from a point of its text.)
 */
const shownEntries = () => page.locator('.items--index .item:not(.item--context):visible');
/** The text of a shown entry's facts („Art“, „Selbstcheck-Dimensionen“ …), by term. */
const fact = (entry: Locator, term: string) =>
  entry.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd').textContent();

describe('combined filters', () => {
  test('two filters narrow each other, the address keeps them and a reload shows the same list', async () => {
    const watch = await watchPage(page);
    await openPage(page, siteUrl('empfehlungen/'));
    const all = await headingCount();
    await filters()
      .getByRole('group', { name: t('filters.kind') })
      .getByRole('checkbox', { name: /^Empfehlungen/ })
      .check();
    const afterKind = await headingCount();
    expect(afterKind).toBeLessThan(all);
    await filters()
      .getByRole('group', { name: t('filters.dimension') })
      .getByRole('checkbox', { name: /^Förderformen und Budget/ })
      .check();
    const both = await headingCount();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(afterKind);
    expect(new URL(page.url()).search).toBe('?art=empfehlung&dimension=foerderung');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /Gefiltert nach/ })
        .textContent(),
    ).toBe(
      `${String(both)} Einträge – Gefiltert nach Art: Empfehlungen; Selbstcheck-Dimension: Förderformen und Budget`,
    );

    const entries = await shownEntries().all();
    expect(entries).toHaveLength(both);
    for (const entry of entries) {
      expect(await fact(entry, t('filters.kind'))).toBe('Empfehlung');
      expect(await fact(entry, t('items.dimensions'))).toContain('Förderformen und Budget');
    }
    await openPage(page, page.url());
    expect(await headingCount()).toBe(both);
    expect(
      await filters()
        .getByRole('checkbox', { name: /^Empfehlungen/ })
        .isChecked(),
    ).toBe(true);
    expect(describeViolations((await axe(page)).violations)).toEqual([]);

    // Another option's count is what choosing it adds, given the other facets' choices.
    const obstacles = filters().getByRole('checkbox', { name: /^Hindernisse \(\d+\)$/ });
    const added = Number(/\((\d+)\)/.exec(await obstacles.ariaSnapshot())?.[1]);
    expect(added).toBeGreaterThan(0);
    await obstacles.check();
    expect(await headingCount()).toBe(both + added);
    await obstacles.uncheck();

    await filters()
      .getByRole('button', { name: t('itemFilters.reset') })
      .click();
    expect(await headingCount()).toBe(all);
    expect(new URL(page.url()).search).toBe('');
    expect(await watch.problems()).toMatchObject({ pageErrors: [], consoleErrors: [], cspViolations: [] });
  });

  test('a question under a Hinweis stays listed when only questions are chosen', async () => {
    await openPage(page, siteUrl('empfehlungen/?art=reflexionsfrage'));
    const count = await headingCount();
    expect(await shownEntries().count()).toBe(count);
    for (const entry of await shownEntries().all())
      expect(await entry.getByRole('paragraph').first().textContent()).toMatch(/\?\s*$/);
  });

  test('a combination nothing matches says so', async () => {
    await openPage(page, siteUrl('empfehlungen/?art=beispiel&kapitel=themen'));
    expect(await headingCount()).toBe(0);
    expect(await page.getByText(t('itemFilters.none')).isVisible()).toBe(true);
  });

  test('a static filter page leads into the combination', async () => {
    await openPage(page, siteUrl('empfehlungen/art/hindernis/'));
    const box = filters().getByRole('checkbox', { name: /^Hindernisse/ });
    expect(await box.isChecked()).toBe(true);
    await Promise.all([
      page.waitForURL(siteUrl('empfehlungen/?art=hindernis&zielgruppe=mo')),
      filters()
        .getByRole('checkbox', { name: /^Migrantenorganisationen/ })
        .check(),
    ]);
    await openPage(page, page.url());
    const shown = await headingCount();
    expect(shown).toBeGreaterThan(0);
    for (const entry of await shownEntries().all()) {
      expect(await fact(entry, t('filters.kind'))).toBe('Hindernis');
      expect(await fact(entry, t('items.audiences'))).toContain('Migrantenorganisationen');
    }
  });
});

describe('filter options', () => {
  test('every option narrows the list, and no two options read the same', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(siteUrl('empfehlungen/'));
      const nav = plain.getByRole('navigation', { name: t('filters.label') });
      const all = Number(
        /\((\d+)\)/.exec((await nav.getByRole('link', { name: /^Alle anzeigen/ }).textContent()) ?? '')?.[1],
      );
      const options = await nav.getByRole('listitem').getByRole('link').allTextContents();
      const parsed = options.map((text) => /^(.*) \((\d+)\)$/.exec(text.trim().replace(/\s+/g, ' ')));
      expect(parsed.every(Boolean), options.join(' | ')).toBe(true);
      const counts = parsed.map((match) => Number(match?.[2]));
      expect(counts.filter((n) => n === 0 || n >= all)).toEqual([]);
      const names = parsed.map((match) => match?.[1] ?? '');
      expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
      expect(names).toContain('Gelingensfaktoren');
      expect(names).toContain('Gelingensfaktoren im Selbstcheck');
      // The audience every entry has is said once, not offered.
      expect(names).not.toContain('Integrationsbeauftragte und Verwaltung');
      expect(
        await nav.getByText(/„Integrationsbeauftragte und Verwaltung“ gilt für alle Einträge/).count(),
      ).toBe(1);
    } finally {
      await noScript.close();
    }
  });
});

describe('permalinks', () => {
  test('are named links that show their name on focus, not the word „Link“ after every entry', async () => {
    await openPage(page, siteUrl('empfehlungen/'));
    const permalinks = results().getByRole('link', { name: /^Link zu (dieser|diesem) / });
    expect(await permalinks.count()).toBeGreaterThan(80);
    // No name is on screen until a permalink has focus (or the pointer).
    const printed = await permalinks.evaluateAll(
      (links) =>
        links.filter((link) => (link.querySelector('span')?.getBoundingClientRect().width ?? 0) > 1).length,
    );
    expect(printed).toBe(0);
    const first = permalinks.first();
    const width = () =>
      first.evaluate((link) => link.querySelector('span')?.getBoundingClientRect().width ?? 0);
    expect(await width()).toBeLessThanOrEqual(1);
    await first.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await width()).toBeGreaterThan(50);
    // It covers part of the entry, so Escape hides it without moving the focus (WCAG 1.4.13).
    await page.keyboard.press('Escape');
    expect(await width()).toBeLessThanOrEqual(1);
    expect(await first.evaluate((link) => link === document.activeElement)).toBe(true);
    const box = await first.boundingBox();
    // Target size (WCAG 2.5.8): at least 24 × 24 px.
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  });
});
