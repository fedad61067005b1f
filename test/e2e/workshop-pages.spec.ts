/**
 * The static workshop pages in Chromium on the built site: the facilitator's guide (/workshop/) with its sections,
 * agendas, steps and the paper's words; the worksheet (/workshop/arbeitsblatt/) with every question of the
 * self-check as tick boxes in the self-check's words; the handout (/workshop/handout/); both printed to A4 within
 * their page ceilings; the ways to the workshop from the header, the start page and /fuer-moderation/.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { departments } from '../../src/data/taxonomy';
import { t } from '../../src/i18n/t';
import { tw } from '../../src/i18n/de-workshop';
import { importanceLabels, ratingScale } from '../../src/lib/scale';
import { selfcheckDuration } from '../../src/lib/workshop/duration';
import type { Answer } from '../../src/schemas/assessment';
import type { Question } from '../../src/schemas/selfcheck';
import { workshopSchema } from '../../src/schemas/workshop';
import { typical } from '../fixtures/assessments';
import { loadItems, loadSelfcheck, projectRoot } from '../fixtures/data';
import { launchBrowser, openPage, siteUrl, watchPage } from './browser';
import { printedPages } from './selfcheck-helpers';

/** Most A4 pages the worksheet may print on: 10 dimensions, 35 questions (17 pages measured). */
const WORKSHEET_MAX_PAGES = 17;
/** Most A4 pages the handout may print on: 12 items with room to write (3 pages measured). */
const HANDOUT_MAX_PAGES = 3;

const catalogue = loadSelfcheck();
const items = loadItems();
const workshop = workshopSchema.parse(
  parse(readFileSync(join(projectRoot, 'src/data/workshop.yaml'), 'utf8')),
);
const textOf = (id: string): string => items.find((item) => item.id === id)?.text ?? id;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(async () => {
  await browser.close();
});

/** The block of the worksheet that holds one question, found by its heading. */
function sheetQuestion(on: Page, question: Question): Locator {
  const heading = on.getByRole('heading', { level: 3, name: question.text, exact: true });
  return on.locator('.sheet-question').filter({ has: heading });
}

/** The tick boxes of a block as their labels (the box itself is hidden from screen readers). */
async function tickLabels(block: Locator): Promise<string[]> {
  const texts = await block.getByRole('listitem').allTextContents();
  return texts.map((text) => text.replace('☐', '').replace(/\s+/g, ' ').trim());
}

/** The label of the tick box a self-check answer stands for, as the self-check labels its control. */
function labelsOf(question: Question, answer: Answer): string[] {
  if (answer === 'weiss-nicht') return [t('selbstcheck.unknown')];
  if (answer === 'trifft-nicht-zu') return [t('selbstcheck.notApplicable')];
  if (question.kind === 'rating') return [ratingScale[answer as 0 | 1 | 2 | 3]];
  if (question.kind === 'single') return question.options.filter((o) => o.id === answer).map((o) => o.label);
  const ticked = answer as string[];
  if (ticked.length === 0) return [t('selbstcheck.noneOfThese')];
  return question.choices.filter((choice) => ticked.includes(choice.id)).map((choice) => choice.label);
}

describe('the guide /workshop/', () => {
  beforeAll(async () => {
    await openPage(page, siteUrl('workshop/'));
  });

  test('loads cleanly and lists its sections, each a link to its heading', async () => {
    const watch = await watchPage(page);
    await openPage(page, siteUrl('workshop/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(tw('workshop.title'));
    const contents = page.getByRole('navigation', { name: tw('workshop.contents') });
    const links = await contents.getByRole('link').all();
    expect(links.length).toBe(8);
    for (const link of links) {
      const name = (await link.textContent()) ?? '';
      const target = (await link.getAttribute('href')) ?? '';
      expect(await page.locator(target).textContent(), target).toBe(name);
      expect(await page.getByRole('heading', { level: 2, name, exact: true }).count(), name).toBe(1);
    }
    const problems = await watch.problems();
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.cspViolations]).toEqual([]);
  });

  test('says how long the self-check takes, as an estimate with its assumptions', async () => {
    const { least, most } = selfcheckDuration(catalogue, workshop.estimate);
    const section = page
      .getByRole('heading', { level: 2, name: tw('workshop.duration') })
      .locator('xpath=..');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain(
      `Rechnen Sie mit ${String(least.minutes)} bis ${String(most.minutes)} Minuten je Fachbereich.`,
    );
    expect(text).toContain('Schätzung');
    expect(text).toContain(`${String(workshop.estimate.wordsPerMinute)} Wörter pro Minute`);
  });

  test.each(workshop.agendas.map((agenda) => [agenda.title, agenda] as const))(
    'has a timed agenda for „%s“ that links each step and the pages to use',
    async (_, agenda) => {
      const table = page.getByRole('table', { name: `${agenda.title}: ${String(agenda.minutes)} Minuten` });
      const rows = table.getByRole('row');
      expect(await rows.count()).toBe(agenda.slots.length + 1);
      expect(await rows.nth(1).getByRole('cell').first().textContent()).toMatch(/^0:00–0:\d\d/);
      expect(await rows.last().getByRole('cell').first().textContent()).toContain(
        `–${String(Math.floor(agenda.minutes / 60))}:00`,
      );
      const step = (title: string) =>
        table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${title}`) }) });
      const comparison = step('Ergebnisse vergleichen');
      expect(
        await comparison
          .getByRole('link', { name: tw('workshop.page.vergleich'), exact: true })
          .getAttribute('href'),
      ).toMatch(/\/workshop\/vergleich\/$/);
      const selfcheck = step('Selbstcheck je Fachbereich');
      expect(
        await selfcheck
          .getByRole('link', { name: tw('workshop.page.selbstcheck'), exact: true })
          .getAttribute('href'),
      ).toMatch(/\/selbstcheck\/$/);
      expect(
        await selfcheck
          .getByRole('link', { name: tw('workshop.page.arbeitsblatt'), exact: true })
          .getAttribute('href'),
      ).toMatch(/\/workshop\/arbeitsblatt\/$/);
    },
  );

  test.each(workshop.phases.map((phase) => [phase.title, phase] as const))(
    'the step „%s“ quotes its items of the paper whole, from the item data',
    async (_, phase) => {
      const heading = page.getByRole('heading', { level: 3, name: phase.title, exact: true });
      const section = heading.locator('xpath=..');
      const text = (await section.textContent()) ?? '';
      for (const id of phase.items) {
        expect(text, id).toContain(textOf(id));
        const parent = items.find((item) => item.id === id)?.parent;
        if (parent !== undefined) expect(text, `the frame of ${id}`).toContain(textOf(parent));
        for (const child of items.filter((item) => item.parent === id))
          expect(text, child.id).toContain(child.text);
      }
    },
  );

  test.each(workshop.departments.map((department) => [department.name, department] as const))(
    'tells „%s“ what the paper says to it, in the paper’s words with their source',
    async (_, department) => {
      const section = page
        .getByRole('heading', { level: 3, name: department.name, exact: true })
        .locator('xpath=..');
      const quotes = await section.getByRole('blockquote').allTextContents();
      const quoted = quotes.map((quote) => quote.replace(/\s+/g, ' ').trim());
      for (const quote of department.quotes) expect(quoted).toContain(quote.text);
      for (const id of department.items) expect(quoted.join(' '), id).toContain(textOf(id));
      expect(
        await section.getByRole('link', { name: /Empfehlung|Reflexionsfrage|Hindernis/ }).count(),
      ).toBeGreaterThan(0);
    },
  );

  test('offers no print button: it is a page to read, not a form', async () => {
    expect(await page.getByRole('button', { name: /drucken/i }).count()).toBe(0);
  });
});

describe('the worksheet /workshop/arbeitsblatt/', () => {
  beforeAll(async () => {
    await openPage(page, siteUrl('workshop/arbeitsblatt/'));
  });

  test('opens with a box for the date and the department question of the self-check, every department to tick', async () => {
    const box = page.getByRole('group', { name: tw('workshop.sheet.fields') });
    expect(await box.textContent()).toMatch(/Datum:/);
    const question = page.locator('.sheet-department');
    expect(await question.getByRole('heading', { level: 2 }).textContent()).toBe(t('selbstcheck.department'));
    expect(await question.locator('.ticks__label').allTextContents()).toEqual(Object.values(departments));
  });

  test('shows beside a question about the integration office how the self-check asks other departments', async () => {
    const others = catalogue
      .flatMap((dimension) => dimension.questions)
      .filter((question) => question.textForOthers);
    expect(others.length).toBeGreaterThan(0);
    for (const question of others) {
      const block = page.locator('.sheet-question').filter({ has: page.locator(`#frage-${question.id}`) });
      expect(await block.locator('.sheet-question__others').textContent()).toContain(
        `„${question.textForOthers ?? ''}“`,
      );
    }
  });

  test.each(catalogue.map((dimension, index) => [index + 1, dimension] as const))(
    'has dimension %i with its heading, its questions and target and importance to tick',
    async (index, dimension) => {
      const heading = page.getByRole('heading', {
        level: 2,
        name: new RegExp(`^Bereich ${String(index)} von 10`),
      });
      expect(await heading.count()).toBe(1);
      const section = heading.locator('xpath=ancestor::section[1]');
      const questions = await section.getByRole('heading', { level: 3 }).allTextContents();
      expect(questions).toEqual([
        ...dimension.questions.map((question) => question.text),
        t('selbstcheck.goals'),
        tw('workshop.sheet.notes'),
      ]);
      const settings = section.locator('.sheet-question').filter({
        has: page.getByRole('heading', { name: t('selbstcheck.goals') }),
      });
      expect(await tickLabels(settings)).toEqual([
        ...([1, 2, 3] as const).map((level) => `Stufe ${String(level)}: ${dimension.levels[level].label}`),
        ...Object.values(importanceLabels),
      ]);
    },
  );

  test.each(
    catalogue.flatMap((dimension) => dimension.questions.map((question) => [question.id, question] as const)),
  )('„%s“ shows its id and every answer as a tick box in the self-check’s words', async (id, question) => {
    const block = sheetQuestion(page, question);
    expect(await block.count()).toBe(1);
    expect(await block.getByText(`Kennung: ${id}`, { exact: true }).count()).toBe(1);
    const answers =
      question.kind === 'single'
        ? question.options.map((option) => option.label)
        : question.kind === 'multi'
          ? [...question.choices.map((choice) => choice.label), t('selbstcheck.noneOfThese')]
          : [...ratingScale];
    const specials = [
      t('selbstcheck.unknown'),
      ...(question.notApplicable ? [t('selbstcheck.notApplicable')] : []),
    ];
    expect(await tickLabels(block)).toEqual([...answers, ...specials]);
    const condition = block.getByText(/^Nur beantworten, wenn/);
    expect(await condition.count()).toBe(question.askIf === undefined ? 0 : 1);
  });

  test('marks a follow-up with its condition in the words of the answers it depends on', async () => {
    const followUp = catalogue[0]?.questions.find((question) => question.id === 'konzept-inhalte');
    if (!followUp) throw new Error('konzept-inhalte is no longer in the catalogue');
    expect(
      await sheetQuestion(page, followUp)
        .getByText(/^Nur beantworten/)
        .textContent(),
    ).toBe(
      'Nur beantworten, wenn Sie bei Frage konzept-stand „Ja, festgeschrieben in einem Positions- oder Strategiepapier“ oder „Ja, von einem Gremium beschlossen (z. B. als Teil des Integrationskonzepts) oder auf einer Gesetzesgrundlage“ angekreuzt haben.',
    );
  });

  test('has a tick box for every answer of the typical self-check, so it can be typed in again', async () => {
    const missing: string[] = [];
    for (const dimension of catalogue) {
      for (const question of dimension.questions) {
        const answer = typical.answers[question.id];
        if (answer === undefined) continue;
        const labels = await tickLabels(sheetQuestion(page, question));
        for (const label of labelsOf(question, answer))
          if (!labels.includes(label)) missing.push(`${question.id}: ${label}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('prints every question: nothing of the sheet is hidden in print', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const headings = page.getByRole('main').getByRole('heading', { level: 3 });
      expect(await headings.count()).toBe(
        catalogue.reduce((sum, dimension) => sum + dimension.questions.length + 2, 0),
      );
      for (const heading of await headings.all()) expect(await heading.isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: tw('workshop.sheet.print') }).isVisible()).toBe(false);
      expect(await page.getByRole('banner').isVisible()).toBe(false);
    } finally {
      // Back to no emulation: with `screen` emulated, page.pdf would print the screen styles.
      await page.emulateMedia({ media: null });
    }
  });

  test(`prints on at most ${String(WORKSHEET_MAX_PAGES)} A4 pages`, async () => {
    expect(await printedPages(page)).toBeLessThanOrEqual(WORKSHEET_MAX_PAGES);
  });
});

describe('the handout /workshop/handout/', () => {
  beforeAll(async () => {
    await openPage(page, siteUrl('workshop/handout/'));
  });

  test.each(workshop.handout.groups.map((group) => [group.title, group] as const))(
    'the group „%s“ says why it was chosen and quotes each item whole with room to write',
    async (title, group) => {
      const section = page.getByRole('heading', { level: 2, name: title, exact: true }).locator('xpath=..');
      expect(await section.textContent()).toContain(group.reason);
      const quoted = (await section.getByRole('blockquote').allTextContents()).map((text) => text.trim());
      for (const id of group.items) expect(quoted, id).toContain(textOf(id));
      expect(await section.getByText(group.prompt, { exact: true }).count()).toBe(group.items.length);
    },
  );

  test('leaves out the item metadata of the index: no dimensions, audiences or chapters', async () => {
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).not.toContain(t('items.dimensions'));
    expect(main).not.toContain(t('items.audiences'));
  });

  test(`prints on at most ${String(HANDOUT_MAX_PAGES)} A4 pages`, async () => {
    expect(await printedPages(page)).toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
  });
});

describe('the print button', () => {
  test.each([
    ['workshop/arbeitsblatt/', tw('workshop.sheet.print')],
    ['workshop/handout/', tw('workshop.handout.print')],
  ])('on /%s opens the print dialog', async (path, name) => {
    const printing = await browser.newContext();
    try {
      await printing.addInitScript(() => {
        window.print = () => {
          document.documentElement.dataset['printed'] = 'yes';
        };
      });
      const tab = await printing.newPage();
      await openPage(tab, siteUrl(path));
      await tab.getByRole('button', { name }).click();
      expect(await tab.evaluate(() => document.documentElement.dataset['printed'])).toBe('yes');
    } finally {
      await printing.close();
    }
  });

  test('is not offered without JavaScript, where it could not work', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await noScript.newPage();
      await tab.goto(siteUrl('workshop/arbeitsblatt/'));
      expect(await tab.getByRole('button', { name: tw('workshop.sheet.print') }).count()).toBe(0);
      expect(await tab.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(30);
    } finally {
      await noScript.close();
    }
  });
});

describe('the ways to the workshop', () => {
  test('the main navigation links to it and marks it current on its pages', async () => {
    await openPage(page, siteUrl('workshop/handout/'));
    const link = page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('link', { name: t('nav.workshop') });
    expect(await link.getAttribute('aria-current')).toBe('page');
    await link.click();
    await page.waitForURL(siteUrl('workshop/'));
  });

  test('the page for facilitators leads to the guide, the worksheet and the handout', async () => {
    await openPage(page, siteUrl('fuer-moderation/'));
    for (const [name, path] of [
      [tw('workshop.title'), 'workshop/'],
      [tw('workshop.page.arbeitsblatt'), 'workshop/arbeitsblatt/'],
      [tw('workshop.page.handout'), 'workshop/handout/'],
    ] as const) {
      const href = await page.getByRole('main').getByRole('link', { name, exact: true }).getAttribute('href');
      expect(new URL(href ?? '', page.url()).href).toBe(siteUrl(path));
    }
  });
});
