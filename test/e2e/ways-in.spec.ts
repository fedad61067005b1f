/**
 * The ways into the guide in Chromium on the built site: the three audience pages one click from the start
 * page, the trust pages linked from the footer of every page, and the organisations' readiness check end to
 * end by keyboard, with axe on its result.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { colophon } from '../../src/data/colophon';
import { keyFindingIds, supportFigureIds } from '../../src/data/key-findings';
import { formatFigureValue } from '../../src/lib/figures';
import { loadFigures, loadGlossary } from '../fixtures/data';
import { t } from '../../src/i18n/t';
import {
  axe,
  describeViolations,
  launchBrowser,
  openPage,
  siteUrl,
  waitForIslands,
  watchPage,
} from './browser';
import { sitePages } from './site';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
});

describe('the start page', () => {
  test.each([
    [t('ways.kommune'), 'fuer-integrationsbeauftragte/'],
    [t('ways.moderation'), 'fuer-moderation/'],
    [t('ways.mo'), 'fuer-migrantenorganisationen/'],
  ])('leads to „%s“ in one click', async (name, path) => {
    await openPage(page, siteUrl());
    const ways = page.getByRole('region', { name: t('ways.label') });
    await ways.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(siteUrl(path));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
  });

  test('starts the self-check and shows the survey’s key findings', async () => {
    await openPage(page, siteUrl());
    const findings = page.getByRole('region', { name: t('findings.heading') });
    expect(await findings.getByText('23 von 32').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Selbstcheck starten' }).click();
    await page.waitForURL(siteUrl('selbstcheck/'));
  });
});

describe('survey figures on the start page and the page for migrant organisations', () => {
  const figures = loadFigures();
  /** Label and value of each figure, as figures.yaml has them and FigureFacts shows them. */
  const expected = (ids: readonly string[]) =>
    ids.map((id) => {
      const figure = figures.find((candidate) => candidate.id === id);
      return `${figure?.label ?? id}: ${figure ? formatFigureValue(figure.value) : '?'}`;
    });
  /** Label and value of each figure the lists of facts in `scope` show (FigureFacts: dt, then the value). */
  const shown = (scope: Locator) =>
    scope
      .locator('.figure-facts dt')
      .evaluateAll((terms) =>
        terms.map(
          (term) =>
            `${term.textContent.trim()}: ${term.nextElementSibling?.querySelector('.figure-facts__value')?.textContent.trim() ?? ''}`,
        ),
      );

  test('the start page shows the key findings with the values of figures.yaml', async () => {
    await openPage(page, siteUrl());
    expect(await shown(page.getByRole('region', { name: t('findings.heading') }))).toEqual(
      expected(keyFindingIds),
    );
  });

  test('the page for migrant organisations shows the support figures with the values of figures.yaml', async () => {
    await openPage(page, siteUrl('fuer-migrantenorganisationen/'));
    expect(await shown(page.getByRole('main'))).toEqual(expected(Object.values(supportFigureIds).flat()));
  });
});

describe('trust pages', () => {
  const trust = [
    [t('footer.barrierefreiheit'), 'barrierefreiheit/'],
    [t('footer.datenschutz'), 'datenschutz/'],
    [t('footer.impressum'), 'impressum/'],
    [t('footer.source'), 'quelle/'],
  ] as const;

  test('are linked from the footer of every page', async () => {
    const missing: string[] = [];
    for (const path of sitePages()) {
      await page.goto(siteUrl(path), { waitUntil: 'domcontentloaded' });
      const nav = page.getByRole('contentinfo').getByRole('navigation', { name: t('footer.trust') });
      for (const [name, target] of trust) {
        const link = nav.getByRole('link', { name, exact: true });
        const href = (await link.count()) === 1 ? await link.getAttribute('href') : null;
        if (href === null || new URL(href, page.url()).href !== siteUrl(target))
          missing.push(`${path}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('the source page shows the paper’s closing block, the paragraph about the Qualitätszirkel included', async () => {
    await openPage(page, siteUrl('quelle/'));
    const main = page.getByRole('main');
    const text = (await main.textContent())?.replace(/\s+/g, ' ') ?? '';
    for (const line of [...colophon.editors, `Kontakt: ${colophon.contact}`, ...colophon.about])
      expect(text).toContain(line);
    expect(await main.getByRole('link', { name: colophon.contact }).getAttribute('href')).toBe(
      `mailto:${colophon.contact}`,
    );
  });

  test('the Impressum shows unfilled configuration values as placeholders', async () => {
    await openPage(page, siteUrl('impressum/'));
    // Each value carries a hidden „Platzhalter“ prefix for screen readers; the notice's example does not.
    // Playwright has no role to find a <mark> by; the class tells a placeholder from other marks.
    const marks = page.locator('main mark.placeholder').filter({ hasText: t('config.placeholder') });
    expect(await marks.count()).toBeGreaterThan(3);
    expect(await marks.first().textContent()).toContain('[Name der Kommune]');
  });
});

describe('the page for migrant organisations', () => {
  test('opens with a plain-language summary and jump links to each section, the readiness check one click away', async () => {
    const phone = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await openPage(phone, siteUrl('fuer-migrantenorganisationen/'));
      const summary = phone.getByRole('region', { name: t('summary.heading') });
      expect(await summary.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
      // The summary starts on the first phone screen, before the first section.
      expect((await summary.boundingBox())?.y).toBeLessThan(640);
      const jump = phone.getByRole('navigation', { name: t('toc.heading') });
      const targets = await jump
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(targets).toEqual(['#unterstuetzung', '#mehrwert', '#fragen', '#kurz-check']);
      for (const target of targets) expect(await phone.locator(target).count(), target).toBe(1);
      expect((await jump.boundingBox())?.y).toBeLessThan(3 * 640);

      await phone.getByRole('link', { name: t('readiness.jump') }).click();
      await phone.waitForURL(/#kurz-check$/);
      const heading = phone.getByRole('heading', { name: t('readiness.title'), level: 2 });
      const onScreen = () =>
        heading.evaluate(
          (el) => el.getBoundingClientRect().bottom > 0 && el.getBoundingClientRect().top < innerHeight,
        );
      await expect.poll(onScreen).toBe(true);
    } finally {
      await phone.close();
    }
  });
});

describe('the readiness check for migrant organisations', () => {
  test('rates statements by keyboard and lists the matching passages of the paper', async () => {
    const watch = await watchPage(page);
    await openPage(page, siteUrl('fuer-migrantenorganisationen/'));
    await waitForIslands(page);
    const status = page.getByRole('status').filter({ hasText: /Aussagen/ });
    expect(await status.textContent()).toContain('0 von 8');

    const first = page.getByRole('group', { name: /feste Ansprechperson/ });
    await first.getByRole('radio', { name: 'ansatzweise' }).focus();
    await page.keyboard.press('Space');
    const second = page.getByRole('group', { name: /Förderanträgen/ });
    await second.getByRole('radio', { name: 'gar nicht' }).check();
    const third = page.getByRole('group', { name: /einzelnen Person/ });
    await third.getByRole('radio', { name: 'vollständig' }).check();

    const result = page.getByRole('region', { name: t('readiness.result') });
    await expect.poll(() => status.textContent()).toContain('3 von 8');
    const links = result.getByRole('listitem').getByRole('link');
    expect(await links.count()).toBe(4);
    // „gar nicht“ weighs more than „ansatzweise“: the application items come first.
    const applications = /#(beratung-professionalisierung-foerderung|foerderformen-vor-und-nachteile)$/;
    expect(await links.nth(0).getAttribute('href')).toMatch(applications);
    expect(await links.nth(1).getAttribute('href')).toMatch(applications);
    expect(await result.getByText(/„Wir haben Erfahrung mit Förderanträgen/).count()).toBeGreaterThan(0);

    expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);

    await page.getByRole('button', { name: t('readiness.reset') }).click();
    await expect.poll(() => status.textContent()).toContain('0 von 8');
    expect((await watch.problems()).pageErrors).toEqual([]);
  });
});

describe('glossary links', () => {
  test('the first use of a term in a chapter leads to its entry in the glossary', async () => {
    await openPage(page, siteUrl('leitfaden/befragung/'));
    const terms = page
      .getByRole('main')
      .getByRole('link', { name: 'institutionelle Förderung', exact: true });
    expect(await terms.count()).toBe(1);
    // Screen readers announce where the link goes, not only the term.
    expect(
      await terms.evaluate(
        (link) => document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toBe(t('glossary.linkHint'));

    await terms.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl('glossar/#institutionelle-foerderung'));
    const entry = page.locator(':target');
    expect(await entry.textContent()).toContain('Institutionelle Förderung');
    const inViewport = () =>
      entry.evaluate(
        (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight,
      );
    await expect.poll(inViewport).toBe(true);
  });
});

describe('the glossary', () => {
  test('has an A–Z jump list whose letters lead to their terms, each term a heading of its own', async () => {
    await openPage(page, siteUrl('glossar/'));
    const jump = page.getByRole('navigation', { name: t('glossary.jump') });
    const letters = jump.getByRole('listitem');
    expect(await letters.count()).toBe(26);
    const links = await jump.getByRole('link').allTextContents();
    const entries = loadGlossary();
    const initials = [...new Set(entries.map((entry) => entry.term.normalize('NFD')[0]?.toUpperCase()))];
    expect(links).toEqual(initials);
    // A letter without terms says so to screen readers and is no link.
    expect(await jump.getByText(`(${t('glossary.noTerms')})`).count()).toBe(26 - links.length);

    await jump.getByRole('link', { name: 'H', exact: true }).click();
    await page.waitForURL(siteUrl('glossar/#buchstabe-h'));
    const section = page.getByRole('region', { name: 'H', exact: true });
    const terms = await section.getByRole('heading', { level: 3 }).allTextContents();
    expect(terms).toEqual(entries.filter((entry) => entry.term.startsWith('H')).map((entry) => entry.term));
    await section.getByRole('link', { name: t('glossary.toJump') }).click();
    await page.waitForURL(siteUrl('glossar/#a-bis-z'));

    const main = page.getByRole('main');
    for (const entry of entries)
      expect(
        await main.getByRole('heading', { level: 3, name: entry.term, exact: true }).count(),
        entry.term,
      ).toBe(1);
    expect(describeViolations((await axe(page)).violations)).toEqual([]);
  });
});
