/**
 * The self-check in Chromium on the built site: a complete run by keyboard and its result, what realistic
 * municipalities see first, nothing lost on reload, Back or a link, print, 320 px, dark mode and share links.
 * The data panel (saving, importing, bad input) is tested in `selfcheck-data.spec.ts`.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { dimensions } from '../../src/data/taxonomy';
import { t } from '../../src/i18n/t';
import { importanceLabels } from '../../src/lib/scale';
import { isAsked } from '../../src/lib/selfcheck/answers';
import { fixturePath, typical } from '../fixtures/assessments';
import { loadItems, loadSelfcheck } from '../fixtures/data';
import { profiles } from '../fixtures/selfcheck-profiles';
import { typicalLevels, typicalSteps } from '../fixtures/typical-result';
import { launchBrowser, openPage, siteUrl, waitForIslands, watchPage } from './browser';
import {
  answer,
  axeViolations,
  expectResult,
  levelRows,
  live,
  nextSteps,
  openSelfcheck,
  press,
  printedPages,
  screenHeading,
  scrollsSideways,
  shareHash,
} from './selfcheck-helpers';

const catalogue = loadSelfcheck();
const items = loadItems();
const textOf = (id: string): string => items.find((item) => item.id === id)?.text ?? id;

let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});

/** Opens the result of the typical fixture through its share link. */
async function openTypicalResult(on: Page = page): Promise<void> {
  await openSelfcheck(on, shareHash(typical));
  await expectResult(on);
}

describe('a complete self-check by keyboard', () => {
  test('with the typical answers, gives the levels and next steps worked out by hand', async () => {
    const watch = await watchPage(page);
    await openSelfcheck(page);
    expect(await axeViolations(page), 'axe on the overview').toEqual([]);

    await page.getByRole('button', { name: dimensions.konzept }).focus();
    await page.keyboard.press('Enter');
    for (const [index, dimension] of catalogue.entries()) {
      const heading = screenHeading(page, `Bereich ${String(index + 1)} von 10 ${dimensions[dimension.id]}`);
      // The step's position is part of the heading that receives focus.
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      for (const question of dimension.questions) {
        const value = typical.answers[question.id];
        if (value !== undefined && isAsked(question, dimension, typical.answers))
          await answer(page, question, value);
      }
      // A follow-up is not asked while its condition is not met.
      for (const question of dimension.questions.filter((q) => !isAsked(q, dimension, typical.answers)))
        expect(await page.getByRole('group', { name: question.text }).count(), question.id).toBe(0);
      const settings = typical.settings[dimension.id];
      const target = page.getByRole('group', { name: t('selbstcheck.target') });
      // Nothing is preselected.
      expect(await target.getByRole('radio', { checked: true }).count()).toBe(0);
      if (settings?.target) {
        const level = dimension.levels[settings.target as 1 | 2 | 3];
        const label = `${t('selbstcheck.level', { level: settings.target })}: ${level.label}`;
        await press(target.getByRole('radio', { name: label }));
      }
      if (settings?.importance) {
        const label = importanceLabels[settings.importance as 1 | 2 | 3];
        await press(
          page.getByRole('group', { name: t('selbstcheck.importance') }).getByRole('radio', { name: label }),
        );
      }
      if (dimension.id === 'konzept') expect(await axeViolations(page), 'axe on a step').toEqual([]);
      await page.getByRole('button', { name: /Weiter zum nächsten Bereich|Antworten prüfen/ }).focus();
      await page.keyboard.press('Enter');
    }

    await expect.poll(() => screenHeading(page, t('selbstcheck.summary')).isVisible()).toBe(true);
    expect(await page.getByText(t('selbstcheck.notAnswered'), { exact: true }).count()).toBe(0);
    expect(await axeViolations(page), 'axe on the summary').toEqual([]);

    await page
      .getByRole('button', { name: t('selbstcheck.toResult') })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await expectResult(page);
    for (const [id, words] of Object.entries(typicalLevels)) {
      const row = page.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: dimensions[id as keyof typeof dimensions], exact: true }),
      });
      expect(await row.innerText(), id).toContain(words);
    }
    expect(await nextSteps(page)).toEqual(typicalSteps.map(([, id]) => textOf(id)));
    expect(await page.getByRole('img', { name: t('selbstcheck.chartTitle') }).count()).toBe(1);
    expect(await axeViolations(page), 'axe on the result').toEqual([]);
    expect((await watch.problems()).consoleErrors).toEqual([]);
  });

  test('each link to the paper in a step names its passage', async () => {
    await openSelfcheck(page, '#bereich-gelingen');
    const links = page.getByRole('link', { name: /^Im Leitfaden nachlesen: / });
    const names = await links.allInnerTexts();
    expect(names.length).toBe(8);
    expect(new Set(names).size).toBe(names.length);
  });

  test('a „Nichts davon“ answers a multiple-choice question and clears the ticks', async () => {
    await openSelfcheck(page, '#bereich-raeume');
    const question = page.getByRole('group', { name: /Welche dieser Möglichkeiten/ });
    await press(question.getByRole('checkbox', { name: /Co-Working/ }));
    await press(question.getByRole('checkbox', { name: t('selbstcheck.noneOfThese') }));
    expect(await question.getByRole('checkbox', { name: /Co-Working/ }).isChecked()).toBe(false);
    expect(await page.getByText(/von 10 Bereichen erledigt/).count()).toBe(0);
  });
});

describe('a department answers', () => {
  test('says which department it is: its questions read „Ihr Fachbereich“ and the file names the department', async () => {
    await openSelfcheck(page);
    await press(page.getByRole('radio', { name: 'Jugend, Erziehung, Bildung' }));
    await page.getByRole('button', { name: dimensions.personal }).click();
    expect(await page.getByRole('group', { name: /wendet Ihr Fachbereich/ }).count()).toBe(1);
    await page.getByRole('button', { name: t('selbstcheck.toOverview') }).click();
    await page.getByRole('button', { name: t('selbstcheck.toResult') }).click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('selbstcheck.exportJson') }).click(),
    ]);
    const file = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      version: number;
      department?: string;
    };
    expect(file).toMatchObject({ version: 2, department: 'jugend' });
  });
});

describe('nothing is lost', () => {
  test('a reload keeps the answers and the step, and Back goes to the previous step', async () => {
    await openSelfcheck(page);
    await page.getByRole('button', { name: dimensions.raeume }).click();
    const stand = catalogue.find((d) => d.id === 'raeume')?.questions[0];
    if (!stand) throw new Error('raeume');
    await answer(page, stand, 'keine');
    await page.reload();
    await waitForIslands(page);
    await expect.poll(() => screenHeading(page, /Räume$/).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Keine', exact: true }).isChecked()).toBe(true);

    await page.getByRole('button', { name: t('selbstcheck.next') }).click();
    await expect.poll(() => screenHeading(page, /Qualifizierung und Beratung$/).isVisible()).toBe(true);
    await page.goBack();
    await expect.poll(() => screenHeading(page, /Räume$/).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Keine', exact: true }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => screenHeading(page, t('selbstcheck.overview')).isVisible()).toBe(true);
    expect(await page.getByText('Begonnen', { exact: true }).count()).toBe(1);
  });

  test('a link in the same tab and Back keep the answers', async () => {
    await openTypicalResult();
    await page.getByRole('link', { name: 'Migrantenorganisationen', exact: true }).first().click();
    await page.waitForURL(/glossar/);
    await page.goBack();
    await waitForIslands(page);
    await expectResult(page);
    expect(await screenHeading(page, /^Ihr Ergebnis/).innerText()).toContain(typical.name);
  });

  test('a new tab starts empty: the answers live only as long as their tab', async () => {
    await openTypicalResult();
    const other = await context?.newPage();
    if (!other) throw new Error('no second tab');
    await openSelfcheck(other);
    expect(await other.getByText('0 von 10 Bereichen erledigt').count()).toBe(1);
  });
});

describe('what realistic municipalities see first', () => {
  const checked = profiles.filter((profile) => profile.expect.kind !== 'nothing-to-do').slice(0, 6);
  test.each(checked.map((profile) => [profile.name, profile] as const))('%s', async (_, profile) => {
    const assessment = { ...typical, answers: profile.answers, settings: profile.settings };
    await openSelfcheck(page, shareHash(assessment));
    await expectResult(page);
    const steps = await nextSteps(page);
    if (profile.expect.kind === 'in-top-3') expect(steps.slice(0, 3)).toContain(textOf(profile.expect.item));
    if (profile.expect.kind === 'step-for') {
      const dimension = dimensions[profile.expect.dimension as keyof typeof dimensions];
      const step = page
        .locator('.step')
        .filter({ has: page.getByRole('heading', { level: 4, name: dimension, exact: true }) });
      expect(await step.first().locator('.quote__text').innerText()).toBe(textOf(profile.expect.item));
    }
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.length).toBeLessThanOrEqual(5);
  });

  test('everything reached: no next steps, said as such', async () => {
    const reached = profiles.find((profile) => profile.expect.kind === 'nothing-to-do');
    if (!reached) throw new Error('profile');
    await openSelfcheck(page, shareHash({ ...typical, answers: reached.answers, settings: {} }));
    await expectResult(page);
    expect(await nextSteps(page)).toEqual([]);
    expect(await page.getByText(t('selbstcheck.noSteps')).isVisible()).toBe(true);
  });

  test('only „Weiß nicht“: says exactly that and what to clarify, not that the goals are reached', async () => {
    const unknown = Object.fromEntries(Object.keys(typical.answers).map((id) => [id, 'weiss-nicht']));
    await openSelfcheck(page, shareHash({ ...typical, answers: unknown, settings: {} }));
    await expectResult(page);
    expect(await page.getByText(t('selbstcheck.allUnknown')).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: t('selbstcheck.clarify') }).isVisible()).toBe(true);
    expect(await page.getByText(t('selbstcheck.noSteps')).count()).toBe(0);
    expect(await page.getByText(t('selbstcheck.noStepsUnknown')).isVisible()).toBe(true);
  });

  test('an empty check points back to the dimensions instead of a result', async () => {
    await openSelfcheck(page);
    await page.getByRole('button', { name: t('selbstcheck.toResult') }).click();
    await expect.poll(() => page.getByText(t('selbstcheck.empty')).isVisible()).toBe(true);
    expect(await page.getByRole('table').count()).toBe(0);
    await page.getByRole('button', { name: dimensions.gremien }).click();
    await expect.poll(() => screenHeading(page, /Gremien und Arbeitskreise$/).isVisible()).toBe(true);
  });

  test('says which targets and importances are preset, with a way to change them', async () => {
    await openTypicalResult();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: dimensions.raeume }) });
    expect(await row.innerText()).toContain('mittel\nvoreingestellt');
    await row.getByRole('button', { name: /Ziel und Gewichtung ändern/ }).click();
    const first = page
      .getByRole('group', { name: t('selbstcheck.target') })
      .getByRole('radio')
      .first();
    await expect.poll(() => first.evaluate((radio) => radio === document.activeElement)).toBe(true);
  });
});

describe('the printed result', () => {
  test('fits on four A4 pages, with no controls, no link addresses and no focus ring', async () => {
    await openTypicalResult();
    expect(await printedPages(page)).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('img', { name: t('selbstcheck.chartTitle') }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: t('selbstcheck.steps') }).isVisible()).toBe(true);
    for (const name of [t('selbstcheck.save'), t('selbstcheck.print'), t('selbstcheck.toOverview')])
      expect(await page.getByRole('button', { name }).isVisible(), name).toBe(false);
    expect(await page.locator('details:visible').count(), 'closed disclosures').toBe(0);
    const addresses = await page.evaluate(
      () =>
        [...document.querySelectorAll('.selfcheck a')].filter((a) =>
          getComputedStyle(a, '::after').content.includes('/'),
        ).length,
    );
    expect(addresses).toBe(0);
    const heading = screenHeading(page, /^Ihr Ergebnis/);
    expect(
      await heading.evaluate(
        (h) => h === document.activeElement || getComputedStyle(h).outlineStyle === 'none',
      ),
    ).toBe(true);
  });

  test('adds the answers as an appendix when asked', async () => {
    await openTypicalResult();
    await page.getByLabel(t('selbstcheck.printAnswers')).check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: t('selbstcheck.appendix') }).isVisible()).toBe(true);
  });
});

describe('at 320 px', () => {
  test('no screen of the self-check scrolls sideways, and the level table becomes rows of labelled lines', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 700 } });
    try {
      const small = await narrow.newPage();
      await openSelfcheck(small, shareHash(typical));
      await expectResult(small);
      expect(await scrollsSideways(small), 'result').toBe(false);
      expect(
        await small
          .locator('.result-table tr')
          .first()
          .evaluate((row) => getComputedStyle(row).display),
      ).toBe('block');
      for (const dimension of catalogue) {
        await openSelfcheck(small, `#bereich-${dimension.id}`);
        await expect
          .poll(() => screenHeading(small, new RegExp(`${dimensions[dimension.id]}$`)).isVisible())
          .toBe(true);
        expect(await scrollsSideways(small), dimension.id).toBe(false);
      }
      await openSelfcheck(small, '#antworten');
      expect(await scrollsSideways(small), 'summary and data panel').toBe(false);
    } finally {
      await narrow.close();
    }
  });
});

describe('in dark mode', () => {
  test('a step, the summary and the result pass axe', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    try {
      const night = await dark.newPage();
      await openTypicalResult(night);
      expect(await axeViolations(night), 'result').toEqual([]);
      await openSelfcheck(night, '#bereich-konzept');
      expect(await axeViolations(night), 'step').toEqual([]);
      await openSelfcheck(night, '#antworten');
      expect(await axeViolations(night), 'summary').toEqual([]);
    } finally {
      await dark.close();
    }
  });
});

describe('share links and files', () => {
  test('a share link opens the same result in a fresh browser, and its answers never reach the server', async () => {
    await openTypicalResult();
    const before = await levelRows(page);
    await page.getByRole('button', { name: t('selbstcheck.copy') }).click();
    const link = await page.getByLabel(t('selbstcheck.shareLink'), { exact: true }).inputValue();
    expect(link).toMatch(/#s=/);
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      const sent: string[] = [];
      other.on('request', (request) => sent.push(request.url()));
      await openPage(other, link);
      await waitForIslands(other);
      await expectResult(other);
      expect(await levelRows(other)).toEqual(before);
      await expect.poll(() => live(other).textContent()).toContain(typical.name);
      expect(
        sent.filter((url) => url.includes('s=')),
        'requests carrying the answers',
      ).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('export, a new tab and import give the same result; the CSV has a row per question', async () => {
    await openTypicalResult();
    const before = await levelRows(page);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('selbstcheck.exportJson') }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^selbstcheck-amt-fuer-integration-und-vielfalt-.*\.json$/);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('selbstcheck.exportCsv') }).click(),
    ]);
    const table = readFileSync(await csv.path(), 'utf8');
    for (const question of catalogue.flatMap((d) => d.questions)) expect(table).toContain(`;${question.id};`);

    const other = await context?.newPage();
    if (!other) throw new Error('no second tab');
    await openSelfcheck(other);
    await other.getByLabel(t('selbstcheck.importFile')).setInputFiles(await json.path());
    await expect.poll(() => live(other).textContent()).toContain(typical.name);
    await other
      .getByRole('button', { name: t('selbstcheck.toResult') })
      .first()
      .click();
    await expectResult(other);
    expect(await levelRows(other)).toEqual(before);
  });

  test('today’s exported file keeps loading as it is', async () => {
    await openSelfcheck(page);
    await page.getByLabel(t('selbstcheck.importFile')).setInputFiles(fixturePath('typical.json'));
    await expect.poll(() => live(page).textContent()).toContain(typical.name);
  });

  test('an earlier result can be put beside the current one', async () => {
    await openTypicalResult();
    await page.getByLabel(t('selbstcheck.compareFile')).setInputFiles(fixturePath('typical.json'));
    await expect.poll(() => live(page).textContent()).toContain('zum Vergleich geladen');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: dimensions.konzept, exact: true }) });
    expect(await row.getByRole('cell').last().innerText()).toBe('0');
  });
});

describe('the readiness check for migrant organisations', () => {
  test('is one jump away from the top and leads with three to five steps for the organisation', async () => {
    await openPage(page, siteUrl('fuer-migrantenorganisationen/'));
    await waitForIslands(page);
    await page.getByRole('link', { name: /Direkt zum Kurz-Check/ }).click();
    await page.waitForURL(/#kurz-check$/);
    for (const group of await page.locator('.readiness__form fieldset').all())
      await press(group.getByRole('radio', { name: 'ansatzweise', exact: true }));
    const steps = page.locator('.readiness__list > li');
    await expect.poll(() => steps.count()).toBeGreaterThanOrEqual(3);
    expect(await steps.count()).toBeLessThanOrEqual(5);
    expect(await steps.first().getByRole('link').first().innerText()).toMatch(/im Leitfaden lesen$/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
