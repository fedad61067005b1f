/**
 * The self-check in Chromium on the built site: a complete run by keyboard, the result, every way in and
 * out (save on the device, export and import, share link) and every bad input, with axe on each state.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { dimensions } from '../../src/data/taxonomy';
import { t } from '../../src/i18n/t';
import { ratingScale, importanceLabels } from '../../src/lib/scale';
import type { SelfcheckDimension } from '../../src/schemas/selfcheck';
import { escapeRegExp } from '../content/paper';
import { fixturePath, typical } from '../fixtures/assessments';
import { tooLargeAssessmentText } from '../fixtures/assessments/too-large';
import { loadItems, loadSelfcheck } from '../fixtures/data';
import { typicalLevels, typicalTopThree } from '../fixtures/typical-result';
import { axe, launchBrowser, openPage, siteUrl, waitForIslands, watchPage } from './browser';

const catalogue = loadSelfcheck();
const items = loadItems();

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

/** Opens the self-check and waits until the island is interactive. */
async function openSelfcheck(on: Page = page, hash = ''): Promise<void> {
  await openPage(on, siteUrl(`selbstcheck/${hash}`));
  await waitForIslands(on);
}

const status = (on: Page = page): Locator => on.getByRole('status').filter({ hasText: /./ }).first();

/** Operates a control the way a keyboard user does: focus it, then press Space. */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.page().keyboard.press('Space');
}

/** Answers one question by keyboard, as the fixture says. */
async function answer(question: SelfcheckDimension['questions'][number], value: string | string[] | number) {
  const group = page.getByRole('group', { name: question.text });
  const special = {
    'weiss-nicht': t('selbstcheck.unknown'),
    'trifft-nicht-zu': t('selbstcheck.notApplicable'),
  };
  if (typeof value === 'string' && value in special) {
    const label = special[value as keyof typeof special];
    const control =
      question.kind === 'multi'
        ? group.getByRole('checkbox', { name: label })
        : group.getByRole('radio', { name: label });
    await press(control);
  } else if (question.kind === 'single') {
    const option = question.options.find((o) => o.id === value);
    await press(group.getByRole('radio', { name: option?.label ?? String(value), exact: true }));
  } else if (question.kind === 'multi') {
    for (const id of value as string[]) {
      const choice = question.choices.find((c) => c.id === id);
      await press(group.getByRole('checkbox', { name: choice?.label ?? id, exact: true }));
    }
  } else {
    await press(group.getByRole('radio', { name: ratingScale[value as 0 | 1 | 2 | 3], exact: true }));
  }
}

/** The result table as text, row by row, to compare two results. */
async function resultRows(on: Page = page): Promise<string[]> {
  const table = on
    .getByRole('table')
    .filter({ has: on.getByRole('columnheader', { name: t('selbstcheck.table.target') }) });
  return table.getByRole('row').allInnerTexts();
}

/** Imports the typical fixture through the file input. */
async function importTypical(): Promise<void> {
  await page.getByLabel(t('selbstcheck.importFile')).setInputFiles(fixturePath('typical.json'));
  await expect.poll(() => status().textContent()).toContain(typical.name);
}

/** Goes from the answers to the result. */
async function showResult(): Promise<void> {
  await page
    .getByRole('button', { name: t('selbstcheck.toResult') })
    .first()
    .click();
}

/** Opens the self-check, imports the typical fixture and shows its result. */
async function openTypicalResult(): Promise<void> {
  await openSelfcheck();
  await importTypical();
  await showResult();
}

/** axe's findings on the page as it is now, one line per rule and element. */
async function axeViolations(on: Page = page): Promise<string[]> {
  const { violations } = await axe(on);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} – ${n.target.join(' ')}`));
}

describe('a complete self-check', () => {
  test('by keyboard, with the typical answers, gives the expected levels and top three priorities', async () => {
    const watch = await watchPage(page);
    await openSelfcheck();
    expect(await axeViolations(), 'axe on the overview').toEqual([]);

    const first = page.getByRole('button', { name: dimensions.konzept });
    await first.focus();
    await page.keyboard.press('Enter');
    for (const dimension of catalogue) {
      const heading = page.getByRole('heading', { level: 2, name: dimensions[dimension.id] });
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      for (const question of dimension.questions) {
        const value = typical.answers[question.id];
        if (value !== undefined) await answer(question, value);
      }
      const settings = typical.settings[dimension.id];
      if (settings?.target) {
        const label = `${t('selbstcheck.level', { level: settings.target })}: ${dimension.levels[settings.target as 1 | 2 | 3].label}`;
        await press(
          page.getByRole('group', { name: t('selbstcheck.target') }).getByRole('radio', { name: label }),
        );
      }
      if (settings?.importance) {
        const label = importanceLabels[settings.importance as 1 | 2 | 3];
        await press(
          page.getByRole('group', { name: t('selbstcheck.importance') }).getByRole('radio', { name: label }),
        );
      }
      if (dimension.id === 'konzept') expect(await axeViolations(), 'axe on a dimension').toEqual([]);
      const next = page.getByRole('button', { name: /Weiter zum nächsten Bereich|Antworten prüfen/ });
      await next.focus();
      await page.keyboard.press('Enter');
    }

    // Check your answers: every question answered, with a way back to each.
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: t('selbstcheck.summary') }).isVisible())
      .toBe(true);
    expect(await page.getByText(t('selbstcheck.notAnswered'), { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändern/ }).count()).toBe(
      Object.keys(typical.answers).length,
    );
    expect(await axeViolations(), 'axe on the summary').toEqual([]);

    const toResult = page.getByRole('button', { name: t('selbstcheck.toResult') }).first();
    await toResult.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /Ihr Ergebnis/ }).isVisible())
      .toBe(true);

    for (const [id, level] of Object.entries(typicalLevels)) {
      const row = page.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: dimensions[id as keyof typeof dimensions], exact: true }),
      });
      const words = `Stufe ${String(Math.floor(level))} von 3`;
      const mean = Number.isInteger(level) ? '' : `Mittelwert ${level.toLocaleString('de-DE')}`;
      expect(await row.innerText(), id).toContain(words);
      if (mean) expect(await row.innerText(), id).toContain(mean);
    }
    const priorities = page
      .getByRole('list')
      .filter({ has: page.getByText(t('selbstcheck.because')) })
      .first()
      .locator(':scope > li');
    for (const [index, id] of typicalTopThree.entries()) {
      const text = items.find((item) => item.id === id)?.text ?? id;
      expect(await priorities.nth(index).innerText(), `priority ${String(index + 1)}`).toContain(text);
    }
    // The chart and its table say the same; the chart has a text alternative.
    expect(await page.getByRole('img', { name: t('selbstcheck.chartTitle') }).count()).toBe(1);
    expect(await axeViolations(), 'axe on the result').toEqual([]);
    expect((await watch.problems()).consoleErrors).toEqual([]);
  });

  test('a „Change“ link goes straight to its question', async () => {
    await openSelfcheck();
    await importTypical();
    await page.getByRole('button', { name: t('selbstcheck.toSummary') }).click();
    const question = catalogue[3]?.questions[0];
    await page
      .getByRole('button', { name: question?.text ?? '' })
      .filter({ hasText: t('selbstcheck.change') })
      .click();
    const group = page.getByRole('group', { name: question?.text ?? '' });
    await expect.poll(() => group.evaluate((g) => g.contains(document.activeElement))).toBe(true);
  });
});

describe('the answers belong to the user', () => {
  test('nothing is stored until the user saves, and a saved self-check can be deleted', async () => {
    await openSelfcheck();
    await importTypical();
    const stored = () => page.evaluate(() => Object.keys(localStorage));
    expect(await stored(), 'nothing stored before saving').toEqual([]);

    await page.getByRole('button', { name: t('selbstcheck.save') }).click();
    await expect.poll(() => status().textContent()).toContain(typical.name);
    expect(await stored()).toEqual(['mo-leitfaden:selbstcheck']);

    // A second, differently named assessment is kept beside the first.
    await page.getByRole('button', { name: t('selbstcheck.reset') }).click();
    await page.getByLabel(t('selbstcheck.name')).fill('Jugendamt');
    await page.getByRole('button', { name: t('selbstcheck.save') }).click();
    const saved = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Laden/ }) });
    await expect.poll(() => saved.getByRole('listitem').count()).toBe(2);
    expect(await axeViolations(), 'axe with saved assessments').toEqual([]);

    await page.reload();
    await waitForIslands(page);
    await page
      .getByRole('button', { name: typical.name })
      .filter({ hasText: t('selbstcheck.load') })
      .click();
    await expect.poll(() => page.getByLabel(t('selbstcheck.name')).inputValue()).toBe(typical.name);

    await page
      .getByRole('button', { name: 'Jugendamt' })
      .filter({ hasText: t('selbstcheck.delete') })
      .click();
    await expect.poll(() => saved.getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: t('selbstcheck.deleteAll') }).click();
    await expect.poll(stored).toEqual([]);
    expect(await status().textContent()).toBe(t('selbstcheck.deletedAll'));
  });

  test('export, reload and import give the same result', async () => {
    await openTypicalResult();
    const before = await resultRows();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('selbstcheck.exportJson') }).click(),
    ]);
    const file = await download.path();
    expect(download.suggestedFilename()).toMatch(/^selbstcheck-.*\.json$/);

    await page.reload();
    await waitForIslands(page);
    await page.getByLabel(t('selbstcheck.importFile')).setInputFiles(file);
    await expect.poll(() => status().textContent()).toContain(typical.name);
    await showResult();
    expect(await resultRows()).toEqual(before);
  });

  test('the CSV export has one row per question for spreadsheets', async () => {
    await openSelfcheck();
    await importTypical();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t('selbstcheck.exportCsv') }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const questions = catalogue.flatMap((d) => d.questions);
    for (const question of questions) expect(csv).toContain(question.id);
    expect(csv.split('\r\n')[0]).toContain(';');
  });

  test('a share link opens the same result in a fresh browser, and its answers never reach the server', async () => {
    await openTypicalResult();
    const before = await resultRows();
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
      await expect
        .poll(() => other.getByRole('heading', { level: 2, name: /Ihr Ergebnis/ }).isVisible())
        .toBe(true);
      expect(await resultRows(other)).toEqual(before);
      expect(await status(other).textContent()).toContain(typical.name);
      expect(
        sent.filter((url) => url.includes('s=')),
        'requests carrying the answers',
      ).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('an earlier result can be put beside the current one', async () => {
    await openTypicalResult();
    await page.getByLabel(t('selbstcheck.compareFile')).setInputFiles(fixturePath('typical.json'));
    await expect.poll(() => status().textContent()).toContain('zum Vergleich geladen');
    expect(await page.getByRole('columnheader', { name: t('selbstcheck.table.change') }).count()).toBe(1);
    const konzept = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: dimensions.konzept, exact: true }) });
    const cells = konzept.getByRole('cell');
    // Columns: reached, target, importance, earlier, change, survey; the same file compared changes nothing.
    expect(await cells.nth(3).innerText()).toBe('0');
    expect(await cells.nth(4).innerText()).toBe('0');
  });
});

describe('bad input changes nothing and says why', () => {
  const bad = (file: string) => fixturePath(`bad/${file}`);
  const cases: [string, () => Parameters<Locator['setInputFiles']>[0], RegExp | string][] = [
    ['a file that is not JSON', () => bad('not-json.txt'), t('assessment.error.file.notJson')],
    ['a foreign JSON file', () => bad('foreign.json'), t('assessment.error.file.foreign')],
    ['a file of an unknown version', () => bad('unknown-version.json'), /neueren oder unbekannten Version/],
    ['a __proto__ key', () => bad('proto.json'), /unzulässigen Feldnamen „__proto__“/],
    [
      'a __proto__ key inside the answers',
      () => bad('proto-nested.json'),
      /unzulässigen Feldnamen „__proto__“/,
    ],
    ['markup and script in the name', () => bad('script-name.json'), t('assessment.error.name.markup')],
    [
      'a file over 1 MB',
      () => ({
        name: 'gross.json',
        mimeType: 'application/json',
        buffer: Buffer.from(tooLargeAssessmentText()),
      }),
      t('assessment.error.file.tooLarge'),
    ],
  ];

  test.each(cases)('%s', async (_name, file, message) => {
    const watch = await watchPage(page);
    await openSelfcheck();
    await importTypical();
    const progress = page.getByText(/von \d+ Bereichen erledigt/);
    const progressBefore = await progress.innerText();
    await page.getByLabel(t('selbstcheck.importFile')).setInputFiles(file());
    const expected = typeof message === 'string' ? new RegExp(escapeRegExp(message)) : message;
    await expect.poll(() => status().textContent()).toMatch(expected);
    // The current answers are still there.
    expect(await page.getByLabel(t('selbstcheck.name')).inputValue()).toBe(typical.name);
    expect(await progress.innerText()).toBe(progressBefore);
    // Nothing of the file ran or rendered as markup.
    const ran = await page.evaluate(() =>
      [...document.scripts].some((script) => script.text.includes('alert(')),
    );
    expect(ran).toBe(false);
    expect((await watch.problems()).pageErrors).toEqual([]);
  });

  test.each([
    ['a link without self-check data', 'https://example.org/selbstcheck/', t('assessment.error.link.empty')],
    [
      'a damaged link',
      'https://example.org/selbstcheck/#s=eyJmb3JtYXQiOi',
      t('assessment.error.link.damaged'),
    ],
  ])('a pasted link: %s', async (_name, link, message) => {
    await openSelfcheck();
    await importTypical();
    await page.getByLabel(t('selbstcheck.importLink')).fill(link);
    await page.getByRole('button', { name: t('selbstcheck.importLinkSubmit') }).click();
    await expect.poll(() => status().textContent()).toBe(message);
    expect(await page.getByLabel(t('selbstcheck.name')).inputValue()).toBe(typical.name);
    expect(await axeViolations(), 'axe on the error state').toEqual([]);
  });

  test('a damaged share link in the address opens an empty self-check with a message', async () => {
    const watch = await watchPage(page);
    await openSelfcheck(page, '#s=%%%kaputt');
    await expect.poll(() => status().textContent()).toBe(t('assessment.error.link.damaged'));
    expect(await page.getByRole('heading', { level: 2, name: t('selbstcheck.overview') }).isVisible()).toBe(
      true,
    );
    expect((await watch.problems()).pageErrors).toEqual([]);
  });

  test('a corrupted saved state gets a message, is left alone, and the page still works', async () => {
    await page.context().addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mo-leitfaden:selbstcheck', '{"version":1,"assessments":[{"id":"x"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const watch = await watchPage(page);
    await openSelfcheck();
    await expect.poll(() => status().textContent()).toBe(t('assessment.storage.corrupt'));
    expect(await page.evaluate(() => localStorage.getItem('mo-leitfaden:selbstcheck'))).toBe(
      '{"version":1,"assessments":[{"id":"x"',
    );
    await importTypical();
    expect((await watch.problems()).pageErrors).toEqual([]);
  });
});

describe('print', () => {
  test('the printed result has the answers, chart, priorities and date, and no controls', async () => {
    await openTypicalResult();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('img', { name: t('selbstcheck.chartTitle') }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: t('selbstcheck.summary') }).isVisible()).toBe(true);
    expect(await page.getByText(/^Stand: \d{1,2}\.\d{1,2}\.\d{4}$/).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: t('selbstcheck.priorities') }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: t('selbstcheck.save') }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: t('selbstcheck.print') }).isVisible()).toBe(false);
  });
});
