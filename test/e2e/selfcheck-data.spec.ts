/**
 * The self-check's data panel in Chromium: saving on the device, deleting only after „Sind Sie sicher?“, imports
 * that say what they changed, the name rule before anything is written, device storage this version cannot
 * fully read, and bad input, each outcome shown beside its control and announced.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { STORAGE_KEY } from '../../src/lib/assessment/storage';
import { escapeRegExp } from '../content/paper';
import { fixture, fixturePath, typical } from '../fixtures/assessments';
import { tooLargeAssessmentText } from '../fixtures/assessments/too-large';
import { launchBrowser, openPage, siteUrl, watchPage } from './browser';
import { axeViolations, live, notices, openSelfcheck, shareHash } from './selfcheck-helpers';

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

const stored = (on: Page = page) => on.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const progress = () => page.getByText(/von 10 Bereichen erledigt/).innerText();
const nameField = () => page.getByLabel(t('selbstcheck.name'));

/** Seeds device storage before the page's scripts run, once per context. */
async function seedStore(value: string): Promise<void> {
  await context?.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key ?? '', text ?? '');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, value],
  );
}

/** Imports a file through the file input. */
async function importFile(file: Parameters<Locator['setInputFiles']>[0]): Promise<void> {
  await page.getByLabel(t('selbstcheck.importFile')).setInputFiles(file);
}

/** Opens the self-check with the typical answers loaded from their file. */
async function withTypical(): Promise<void> {
  await openSelfcheck(page);
  await importFile(fixturePath('typical.json'));
  await expect.poll(() => live(page).textContent()).toContain(typical.name);
}

describe('saving on this device', () => {
  test('stores nothing until asked, lists what was saved and loads it again', async () => {
    await withTypical();
    expect(await stored(), 'nothing stored before saving').toBeNull();
    const save = page.getByRole('button', { name: t('selbstcheck.save') });
    await save.click();
    // The outcome appears next to the button that caused it, and is announced.
    await expect.poll(() => notices(page, 'meldung-speichern').innerText()).toContain(typical.name);
    expect(await save.getAttribute('aria-describedby')).toBe('meldung-speichern');
    expect(await live(page).textContent()).toContain('Gespeichert auf diesem Gerät');
    expect(await stored()).not.toBeNull();

    await page.reload();
    await openSelfcheck(page);
    const entry = page.getByRole('listitem').filter({ hasText: typical.name });
    await entry.getByRole('button', { name: /^Laden/ }).click();
    await expect.poll(() => nameField().inputValue()).toBe(typical.name);
  });

  test('deletes a saved self-check only after „Sind Sie sicher?“, and Abbrechen keeps it', async () => {
    await withTypical();
    await page.getByRole('button', { name: t('selbstcheck.save') }).click();
    await expect.poll(() => stored()).not.toBeNull();
    const entry = page.getByRole('listitem').filter({ hasText: typical.name });
    await entry.getByRole('button', { name: /^Löschen/ }).click();
    const confirm = page.getByRole('group', { name: t('selbstcheck.confirm') });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    // Focus moves to the question, so a keyboard or screen reader user hears it first.
    expect(await confirm.getByRole('heading').evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await axeViolations(page), 'axe on the confirmation').toEqual([]);
    await confirm.getByRole('button', { name: t('selbstcheck.cancel') }).click();
    expect(await stored()).not.toBeNull();
    await expect
      .poll(() =>
        entry.getByRole('button', { name: /^Löschen/ }).evaluate((b) => b === document.activeElement),
      )
      .toBe(true);

    await entry.getByRole('button', { name: /^Löschen/ }).click();
    await confirm.getByRole('button', { name: `Ja, „${typical.name}“ löschen` }).click();
    await expect.poll(() => stored()).toBeNull();
    expect(await notices(page, 'meldung-gespeichert').innerText()).toContain('gelöscht');
  });

  test('„Alles auf diesem Gerät löschen“ and „Neu beginnen“ ask first', async () => {
    await withTypical();
    await page.getByRole('button', { name: t('selbstcheck.save') }).click();
    await page.getByRole('button', { name: t('selbstcheck.deleteAll') }).click();
    const confirm = page.getByRole('group', { name: t('selbstcheck.confirm') });
    expect(await confirm.innerText()).toContain('1 Selbstcheck');
    await confirm.getByRole('button', { name: t('selbstcheck.confirmDeleteAllYes') }).click();
    await expect.poll(() => stored()).toBeNull();

    const before = await progress();
    await page.getByRole('button', { name: t('selbstcheck.reset') }).click();
    await confirm.getByRole('button', { name: t('selbstcheck.cancel') }).click();
    expect(await progress()).toBe(before);
    await page.getByRole('button', { name: t('selbstcheck.reset') }).click();
    await confirm.getByRole('button', { name: t('selbstcheck.confirmResetYes') }).click();
    await expect.poll(progress).toMatch(/^0 von 10 Bereichen erledigt/);
    expect(await live(page).textContent()).toBe(t('selbstcheck.resetDone'));
  });
});

describe('imports say what they changed', () => {
  test('answers to unknown questions are dropped with their count and ids, and the replaced answers can come back', async () => {
    await withTypical();
    const extra = {
      ...typical,
      name: 'Jugendamt',
      answers: { ...typical.answers, 'alte-frage': 2, 'noch-eine': 'kein' },
    };
    await importFile({
      name: 'jugendamt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(extra)),
    });
    const shown = notices(page, 'meldung-laden');
    await expect.poll(() => shown.innerText()).toContain('„Jugendamt“ geladen');
    expect(await shown.innerText()).toContain(
      '2 Antworten gehören zu Fragen, die es in diesem Selbstcheck nicht gibt',
    );
    expect(await shown.innerText()).toContain('„alte-frage“, „noch-eine“');
    expect(await shown.innerText()).toContain(t('selbstcheck.replaced'));
    await shown.getByRole('button', { name: t('selbstcheck.undo') }).click();
    await expect.poll(() => nameField().inputValue()).toBe(typical.name);
  });

  test('a file of version 0 says it was migrated and what was converted', async () => {
    await openSelfcheck(page);
    await importFile(fixturePath('version-0.json'));
    const shown = notices(page, 'meldung-laden');
    await expect.poll(() => shown.innerText()).toContain('Version 0');
    expect(await shown.innerText()).toContain('„Weiß nicht“');
  });

  test('a share link pasted into the address bar of the open page is read', async () => {
    await withTypical();
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      shareHash({ ...typical, name: 'Kulturamt' }),
    );
    await expect.poll(() => notices(page, 'meldung-seite').innerText()).toContain('„Kulturamt“ geöffnet');
    expect(await nameField().inputValue()).toBe('Kulturamt');
  });
});

describe('the name follows the import’s own rule before anything is written', () => {
  test.each([
    ['angle brackets', 'Amt <b>', /spitze Klammern|Markup/],
    ['a tab', 'Amt\tfür Integration', /Tabulator/],
    ['a bidi control', 'Amt\u202efür', /Schreibrichtung|Steuerzeichen/],
  ])(
    'a name with %s gets an error summary and an inline error, and nothing is saved, exported or shared',
    async (_, name, message) => {
      await withTypical();
      await nameField().fill(name);
      const downloads: string[] = [];
      page.on('download', (download) => downloads.push(download.suggestedFilename()));
      await page.getByRole('button', { name: t('selbstcheck.save') }).click();
      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.evaluate((s) => s === document.activeElement)).toBe(true);
      expect(await summary.getByRole('link').innerText()).toMatch(message);
      expect(await page.locator('#name-fehler').innerText()).toMatch(message);
      expect(await nameField().getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page), 'axe with the error').toEqual([]);
      await page.getByRole('button', { name: t('selbstcheck.exportJson') }).click();
      await page.getByRole('button', { name: t('selbstcheck.copy') }).click();
      expect(await stored()).toBeNull();
      expect(downloads).toEqual([]);
      expect(await page.getByLabel(t('selbstcheck.shareLink'), { exact: true }).count()).toBe(0);

      // Once the name is fixed, the error goes and saving works.
      await nameField().fill('Amt für Integration');
      await page.getByRole('button', { name: t('selbstcheck.save') }).click();
      await expect.poll(() => stored()).not.toBeNull();
      expect(await page.locator('.error-summary').count()).toBe(0);
    },
  );
});

describe('device storage this version cannot fully read', () => {
  test('a store of a newer version is left alone: saving is refused and export offered', async () => {
    const newer = fixture('stores/newer.json');
    await seedStore(newer);
    await withTypical();
    expect(await notices(page, 'meldung-gespeichert').innerText()).toContain('neueren Version');
    await page.getByRole('button', { name: t('selbstcheck.save') }).click();
    await expect.poll(() => notices(page, 'meldung-speichern').innerText()).toMatch(/exportieren/i);
    expect(await stored()).toBe(newer);
    expect(await page.getByRole('button', { name: t('selbstcheck.deleteAll') }).isVisible()).toBe(true);
  });

  test('entries it cannot read stay stored when another is saved, and the others are listed', async () => {
    await seedStore(fixture('stores/mixed.json'));
    await withTypical();
    expect(await page.locator('.saved-list > li').count()).toBe(4);
    await page.getByRole('button', { name: t('selbstcheck.save') }).click();
    await expect.poll(() => notices(page, 'meldung-speichern').innerText()).toContain('Gespeichert');
    const kept = JSON.parse((await stored()) ?? '{}') as { assessments: unknown[] };
    expect(kept.assessments.length).toBe(8);
  });

  test('an unreadable store, or a version given as text, is reported and can be deleted after asking', async () => {
    await seedStore(fixture('stores/version-as-text.json'));
    await openSelfcheck(page);
    expect(await notices(page, 'meldung-gespeichert').innerText()).toContain('Text');
    await page.getByRole('button', { name: t('selbstcheck.deleteAll') }).click();
    const confirm = page.getByRole('group', { name: t('selbstcheck.confirm') });
    expect(await confirm.innerText()).toContain(t('selbstcheck.confirmDeleteAllUnreadable'));
    await confirm.getByRole('button', { name: t('selbstcheck.confirmDeleteAllYes') }).click();
    await expect.poll(() => stored()).toBeNull();
  });

  test('a damaged store and a share link are both reported', async () => {
    await seedStore('{"version":1,"assessments":[{"id":"x"');
    await openSelfcheck(page, shareHash(typical));
    await expect.poll(() => notices(page, 'meldung-seite').innerText()).toContain(typical.name);
    expect(await notices(page, 'meldung-gespeichert').innerText()).toContain('beschädigt');
  });
});

describe('bad input changes nothing and says why, next to the control', () => {
  const bad = (file: string) => fixturePath(`bad/${file}`);
  const cases: [string, () => Parameters<Locator['setInputFiles']>[0], RegExp | string][] = [
    ['a file that is not JSON', () => bad('not-json.txt'), t('assessment.error.file.notJson')],
    ['a foreign JSON file', () => bad('foreign.json'), t('assessment.error.file.foreign')],
    ['a file of an unknown version', () => bad('unknown-version.json'), /neueren oder unbekannten Version/],
    ['a version given as text', () => bad('version-as-text.json'), /als Text/],
    ['a __proto__ key', () => bad('proto.json'), /unzulässigen Feldnamen „__proto__“/],
    [
      'a __proto__ key inside the answers',
      () => bad('proto-nested.json'),
      /unzulässigen Feldnamen „__proto__“/,
    ],
    ['markup and script in the name', () => bad('script-name.json'), /Markup/],
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
    await withTypical();
    const before = await progress();
    await importFile(file());
    const expected = typeof message === 'string' ? new RegExp(escapeRegExp(message)) : message;
    await expect.poll(() => notices(page, 'meldung-laden').innerText()).toMatch(expected);
    expect(await page.getByLabel(t('selbstcheck.importFile')).getAttribute('aria-describedby')).toBe(
      'meldung-laden',
    );
    expect(await nameField().inputValue()).toBe(typical.name);
    expect(await progress()).toBe(before);
    const ran = await page.evaluate(() =>
      [...document.scripts].some((script) => script.text.includes('alert(')),
    );
    expect(ran).toBe(false);
    expect((await watch.problems()).pageErrors).toEqual([]);
  });

  test('the same error twice is announced twice, and it goes once an import succeeds', async () => {
    await withTypical();
    await importFile(fixturePath('bad/foreign.json'));
    await expect.poll(() => live(page).textContent()).toContain('kein Selbstcheck');
    await live(page)
      .locator('p')
      .evaluate((p) => {
        p.setAttribute('data-seen', '');
      });
    await importFile(fixturePath('bad/foreign.json'));
    await expect.poll(() => live(page).locator('p[data-seen]').count()).toBe(0);
    expect(await live(page).textContent()).toContain('kein Selbstcheck');
    await importFile(fixturePath('typical.json'));
    await expect.poll(() => notices(page, 'meldung-laden').innerText()).not.toContain('kein Selbstcheck');
  });

  test('a damaged share link in the address opens the overview with a message', async () => {
    const watch = await watchPage(page);
    await openSelfcheck(page, '#s=%%%kaputt');
    await expect
      .poll(() => notices(page, 'meldung-seite').innerText())
      .toContain(t('assessment.error.link.damaged'));
    expect(await page.getByRole('heading', { level: 2, name: t('selbstcheck.overview') }).isVisible()).toBe(
      true,
    );
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
    await withTypical();
    await page.getByLabel(t('selbstcheck.importLink')).fill(link);
    await page.getByRole('button', { name: t('selbstcheck.importLinkSubmit') }).click();
    await expect.poll(() => notices(page, 'meldung-laden').innerText()).toContain(message);
    expect(await nameField().inputValue()).toBe(typical.name);
  });
});

describe('the self-check’s data', () => {
  test('when it cannot be loaded, the page says so in German and loads it on „Erneut versuchen“', async () => {
    let refuse = true;
    await page.route('**/daten/selbstcheck.json', (route) =>
      refuse ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    await openPage(page, siteUrl('selbstcheck/'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain(t('island.failed', { what: t('island.selfcheck') }));
    expect(await page.getByText(/von 10 Bereichen erledigt/).count()).toBe(0);
    refuse = false;
    await alert.getByRole('button', { name: t('island.retry') }).click();
    await expect.poll(() => progress()).toMatch(/^0 von 10 Bereichen erledigt/);
    expect(await alert.count()).toBe(0);
  });
});

describe('in dark mode', () => {
  test('the data panel with a confirmation and an error passes axe', async () => {
    await context?.close();
    context = await browser.newContext({ colorScheme: 'dark' });
    page = await context.newPage();
    await withTypical();
    await page.getByRole('button', { name: t('selbstcheck.reset') }).click();
    await importFile(fixturePath('bad/foreign.json'));
    await expect.poll(() => notices(page, 'meldung-laden').innerText()).toContain('kein Selbstcheck');
    await nameField().fill('<b>');
    await page.getByRole('button', { name: t('selbstcheck.save') }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
