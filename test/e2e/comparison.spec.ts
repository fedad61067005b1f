/**
 * The workshop comparison (/workshop/vergleich/) in Chromium on the built site: three departments loaded by the
 * file input and by drag and drop, the comparison's order and figures, renaming and removing, marks and the
 * action plan, export and re-import, the workshop link in a fresh browser, bad input, the projector view by
 * keyboard, the printed record, 320 px and axe in light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { tc } from '../../src/i18n/de-comparison';
import { createAssessment } from '../../src/lib/assessment/document';
import { fixturePath, typical } from '../fixtures/assessments';
import { departmentFiles, workshopFixture, workshopPath } from '../fixtures/workshop';
import { loadItems } from '../fixtures/data';
import { launchBrowser, openPage, siteUrl, waitForIslands, watchPage } from './browser';
import {
  axeViolations,
  expectResult,
  nextSteps,
  openSelfcheck,
  printedPages,
  scrollsSideways,
  shareHash,
} from './selfcheck-helpers';

const items = loadItems();
const textOf = (id: string): string => items.find((item) => item.id === id)?.text ?? id;
const labels = ['Amt für Integration', 'Jugendamt', 'Kulturamt'];
const files = departmentFiles.map((name) => workshopPath(name));

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

/** Opens the comparison page (with an address fragment, e.g. a workshop link) and waits until it is interactive. */
async function openComparison(on: Page = page, hash = ''): Promise<void> {
  await openPage(on, siteUrl(`workshop/vergleich/${hash}`));
  await waitForIslands(on);
}

/** Chooses files in the file input, as a facilitator does with the three exports. */
async function loadFiles(paths: string[] = files, on: Page = page): Promise<void> {
  await on.getByLabel(tc('comparison.files')).setInputFiles(paths);
}

/** The notices beside the loader. */
const loadNotice = (on: Page = page) => on.locator('#meldung-vergleich-laden');
/** The labels of the loaded results, in order. */
const entryLabels = (on: Page = page) =>
  on
    .getByRole('region', { name: tc('comparison.entries') })
    .locator('.entry-list__label')
    .allInnerTexts();
/** The comparison table, row by row: each row's cells as texts. */
const tableRows = (on: Page = page) =>
  on
    .getByRole('table', { name: tc('comparison.tableCaption') })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())),
    );
/** The combined list: for each recommendation, who needs it and its text. */
const sharedList = (on: Page = page) =>
  on
    .locator('.shared-list > li')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('.shared-list__who')?.textContent.trim() ?? '',
        row.querySelector('.quote__text')?.textContent.trim() ?? '',
      ]),
    );

describe('bringing the results together', () => {
  test('three departments chosen at once are listed with their departments and compared, widest spread first', async () => {
    const watch = await watchPage(page);
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    await expect.poll(() => loadNotice().innerText()).toContain('„Kulturamt“ geladen.');
    await expect
      .poll(() => page.getByText('Fachbereich laut Datei: Jugend, Erziehung, Bildung').count())
      .toBe(1);

    const rows = await tableRows();
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['Konzept', '3'],
      ['Stellenbeschreibung und Personalressourcen', '2'],
      ['Förderformen und Budget', '2'],
      ['Räume', '2'],
      ['Gremien und Arbeitskreise', '2'],
      ['Gelingensfaktoren', '1,5'],
      ['Zusammenarbeit über das Integrationsressort hinaus', '1'],
      ['Qualifizierung und Beratung', '–'],
      ['Themen des Austauschs', '–'],
      ['Formen der Zusammenarbeit', '–'],
    ]);
    expect(rows[0]?.slice(2)).toEqual([
      'Stufe 3 von 3: Von einem Gremium beschlossen',
      'Stufe 0 von 3: Kein Konzept',
      'Stufe 1 von 3: In Vorbereitung',
    ]);
    expect(rows[1]?.[4]).toMatch(/^Stufe unbekannt: „Weiß nicht“/);
    // The chart has the same values: one numbered marker per known value, the legend names the numbers.
    const chart = page.getByRole('img', { name: tc('comparison.chartTitle') }).first();
    await expect
      .poll(() => chart.locator('.chart__marker').count())
      .toBe(rows.flatMap((row) => row.slice(2)).filter((cell) => /^(Stufe \d|Mittelwert)/.test(cell)).length);
    expect(await page.locator('.compare-legend li').allInnerTexts()).toEqual(
      labels.map((label, index) => `${String(index + 1)} ${label}`),
    );
    // The benchmark of the survey, where the paper has one.
    await expect
      .poll(() => page.locator('.benchmarks').innerText())
      .toContain('23 von 32 Kommunen haben ein Konzept');

    const shared = await sharedList();
    // Paper: „Zur Etablierung der Zusammenarbeit von Migrantenorganisationen mit der gesamten Verwaltung empfiehlt
    // es sich, die Zusammenarbeit zwischen Migrantenorganisationen und anderen Fachbereichen auszubauen.“
    expect(shared[0]).toEqual([
      `Nächster Schritt für: ${labels.join(', ')}`,
      textOf('zusammenarbeit-andere-fachbereiche'),
    ]);
    expect(await page.getByRole('region', { name: tc('comparison.open') }).innerText()).toContain(
      'offen bei: Kulturamt',
    );
    expect(await watch.problems()).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      foreignRequests: [],
      failedRequests: [],
    });
  });

  test('files dropped onto the page load like chosen ones', async () => {
    await openComparison();
    const dataTransfer = await page.evaluateHandle(
      (dropped) => {
        const transfer = new DataTransfer();
        for (const { name, text } of dropped)
          transfer.items.add(new File([text], name, { type: 'application/json' }));
        return transfer;
      },
      departmentFiles.map((name) => ({ name, text: workshopFixture(name) })),
    );
    const zone = page.locator('.drop-zone');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await expect.poll(() => zone.getAttribute('class')).toContain('drop-zone--over');
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => entryLabels()).toEqual(labels);
    expect(await zone.getAttribute('class')).not.toContain('drop-zone--over');
  });

  test('several pasted share links load together, a broken one among them is named and the others stay', async () => {
    await openComparison();
    const base = siteUrl('selbstcheck/');
    const named = (name: string) => ({
      ...createAssessment(new Date('2026-11-30')),
      name,
      answers: { 'konzept-stand': 'entwurf' as const },
    });
    const links = [
      `${base}${shareHash(named('Sportamt'))}`,
      `${base}#s=kaputt!`,
      '',
      `${base}${shareHash(named('Sozialamt'))}`,
    ];
    await page.getByLabel(tc('comparison.links')).fill(links.join('\n'));
    await page.getByRole('button', { name: tc('comparison.linksSubmit') }).click();
    await expect.poll(() => entryLabels()).toEqual(['Sportamt', 'Sozialamt']);
    const notice = await loadNotice().innerText();
    expect(notice).toContain('Von 3 Dateien oder Links wurden 2 übernommen, 1 nicht:');
    expect(notice).toContain('„Zeile 2“: ');
  });

  test.each([
    [
      'a file that is not a self-check',
      [fixturePath('bad/foreign.json')],
      'foreign.json',
      'kein Selbstcheck des Leitfadens',
    ],
    [
      'a self-check from a newer version',
      [fixturePath('bad/unknown-version.json')],
      'unknown-version.json',
      'neueren oder unbekannten Version',
    ],
    [
      'the same result twice',
      [workshopPath('jugendamt.json')],
      'jugendamt.json',
      'ist schon geladen (als „Jugendamt“)',
    ],
    ['a file that is not JSON', [fixturePath('bad/not-json.txt')], 'not-json.txt', 'kein gültiges JSON'],
  ])('%s gets a German message naming it, and the loaded results stay', async (_, paths, name, message) => {
    await openComparison();
    await loadFiles([workshopPath('integration.json'), workshopPath('jugendamt.json')]);
    await expect.poll(() => entryLabels()).toEqual(labels.slice(0, 2));
    await loadFiles(paths);
    await expect.poll(() => loadNotice().innerText()).toContain(`„${name}“`);
    expect(await loadNotice().innerText()).toContain(message);
    expect(await loadNotice().locator('.notice--error').count()).toBe(1);
    expect(await entryLabels()).toEqual(labels.slice(0, 2));
  });

  test('an empty file and a 10 MB file are refused by name, while a good file chosen with them loads', async () => {
    await openComparison();
    await page.getByLabel(tc('comparison.files')).setInputFiles([
      { name: 'leer.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
      { name: 'riesig.json', mimeType: 'application/json', buffer: Buffer.alloc(10 * 1024 * 1024, 0x20) },
      {
        name: 'kulturamt.json',
        mimeType: 'application/json',
        buffer: Buffer.from(workshopFixture('kulturamt.json')),
      },
    ]);
    await expect.poll(() => entryLabels()).toEqual(['Kulturamt']);
    const notice = await loadNotice().innerText();
    expect(notice).toContain('„leer.json“: Die Datei ist leer.');
    expect(notice).toContain('„riesig.json“: Die Datei ist größer als 1 MB');
  });
});

describe('working with the loaded results', () => {
  test('a result can be renamed, with an inline error for a name that is not allowed, and removed after a confirmation', async () => {
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    await page.getByRole('button', { name: `${tc('comparison.rename')}: Jugendamt` }).click();
    const field = page.getByRole('textbox', { name: tc('comparison.entryLabel') });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill('Jugend <b>');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.entry-list__rename .error-message').innerText()).toMatch(
      /^Fehler:\s+Der Name darf/,
    );
    await field.fill('Jugendhilfe');
    await page.getByRole('button', { name: tc('comparison.renameSave') }).click();
    await expect.poll(() => entryLabels()).toEqual(['Amt für Integration', 'Jugendhilfe', 'Kulturamt']);
    expect(await page.getByRole('columnheader', { name: '2. Jugendhilfe' }).count()).toBe(1);
    expect((await sharedList())[0]?.[0]).toBe(
      'Nächster Schritt für: Amt für Integration, Jugendhilfe, Kulturamt',
    );

    await page.getByRole('button', { name: `${tc('comparison.remove')}: Kulturamt` }).click();
    await expect
      .poll(() => page.getByText(tc('comparison.confirmRemove', { label: 'Kulturamt' })).count())
      .toBe(1);
    await page
      .getByRole('button', { name: tc('comparison.confirmRemoveYes', { label: 'Kulturamt' }) })
      .click();
    await expect.poll(() => entryLabels()).toEqual(['Amt für Integration', 'Jugendhilfe']);
    expect(await page.locator('#meldung-ergebnisse').innerText()).toContain(
      '„Kulturamt“ wurde aus dem Vergleich entfernt.',
    );
  });

  test('marks are tallied, the action plan keeps what is typed through a reload, and the workshop file brings it all back elsewhere', async () => {
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    await page.getByLabel(tc('comparison.workshopTitle')).fill('Workshop Musterstadt');
    const first = page.locator('.shared-list > li').first();
    const take = first.getByRole('group', { name: /Wer nimmt sich das vor\?/ });
    await take.getByRole('checkbox', { name: 'Jugendamt' }).check();
    await take.getByRole('checkbox', { name: 'Kulturamt' }).check();
    await expect.poll(() => take.locator('legend').innerText()).toContain('(2 Stimmen)');
    const plan = page.getByRole('region', { name: tc('comparison.plan') });
    await plan
      .getByRole('textbox', { name: tc('comparison.what') })
      .fill('Runder Tisch mit den Migrantenorganisationen');
    await plan.getByRole('textbox', { name: tc('comparison.who') }).fill('Jugendamt');
    await plan.getByRole('textbox', { name: tc('comparison.when') }).fill('Juni 2027');

    await page.reload();
    await waitForIslands(page);
    await expect.poll(() => entryLabels()).toEqual(labels);
    expect(await plan.getByRole('textbox', { name: tc('comparison.what') }).inputValue()).toBe(
      'Runder Tisch mit den Migrantenorganisationen',
    );
    expect(await page.getByLabel(tc('comparison.workshopTitle')).inputValue()).toBe('Workshop Musterstadt');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: tc('comparison.exportJson') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `workshop-workshop-musterstadt-${new Date().toISOString().slice(0, 10)}.json`,
    );
    const saved = readFileSync(await download.path(), 'utf8');
    for (const [button, part] of [
      [tc('comparison.exportLevels'), 'stand'],
      [tc('comparison.exportActions'), 'massnahmen'],
    ] as const) {
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(new RegExp(`-${part}\\.csv$`));
    }

    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await openComparison(other);
    await other
      .getByLabel(tc('comparison.files'))
      .setInputFiles({ name: 'workshop.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await expect.poll(() => entryLabels(other)).toEqual(labels);
    expect(await loadNotice(other).innerText()).toContain(
      'Workshop „Workshop Musterstadt“ mit 3 Ergebnissen geladen.',
    );
    const otherPlan = other.getByRole('region', { name: tc('comparison.plan') });
    expect(await otherPlan.getByRole('textbox', { name: tc('comparison.who') }).inputValue()).toBe(
      'Jugendamt',
    );
    expect(await otherPlan.locator('.plan-list__votes').innerText()).toBe('(2 Stimmen)');
    await elsewhere.close();
  });

  test('is kept on the device only when asked; overwriting and deleting the saved workshop ask first', async () => {
    await openComparison();
    await loadFiles(files.slice(0, 2));
    await expect.poll(() => entryLabels()).toEqual(labels.slice(0, 2));
    const kept = () => page.evaluate(() => localStorage.getItem('mo-leitfaden:workshop'));
    expect(await kept()).toBeNull();
    await page.getByRole('button', { name: tc('comparison.save') }).click();
    await expect
      .poll(() => page.locator('#meldung-workshop-speichern').innerText())
      .toContain(tc('comparison.saved'));
    expect(await kept()).toContain('"label": "Jugendamt"');

    // A new tab starts empty and offers the saved workshop.
    const other = await (context ?? browser).newPage();
    await openComparison(other);
    expect(await entryLabels(other)).toEqual([]);
    await other.getByRole('button', { name: tc('comparison.loadSaved') }).click();
    await expect.poll(() => entryLabels(other)).toEqual(labels.slice(0, 2));
    await other.close();

    await loadFiles([workshopPath('kulturamt.json')]);
    await expect.poll(() => entryLabels()).toEqual(labels);
    await page.getByRole('button', { name: tc('comparison.save') }).click();
    await expect.poll(() => page.getByText(tc('comparison.confirmOverwrite')).count()).toBe(1);
    await page.getByRole('button', { name: tc('comparison.confirmOverwriteYes') }).click();
    await expect.poll(async () => (await kept()) ?? '').toContain('"label": "Kulturamt"');

    await page.getByRole('button', { name: tc('comparison.deleteSaved') }).click();
    await expect.poll(() => page.getByText(tc('comparison.confirmDeleteSaved')).count()).toBe(1);
    expect(await kept()).not.toBeNull();
    await page.getByRole('button', { name: tc('comparison.confirmDeleteSavedYes') }).click();
    await expect.poll(() => kept()).toBeNull();
    expect(await entryLabels()).toEqual(labels);
  });

  test('the workshop link opens the whole workshop in a fresh browser and leaves the address clean', async () => {
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    await page
      .locator('.shared-list > li')
      .first()
      .getByRole('checkbox', { name: 'Amt für Integration' })
      .check();
    await page.getByRole('button', { name: tc('comparison.share') }).click();
    const field = page.getByRole('textbox', { name: tc('comparison.shareLink') });
    await expect.poll(() => field.inputValue()).toMatch(/#w=[A-Za-z0-9_-]+$/);
    const link = await field.inputValue();
    expect(link.length).toBeLessThan(4000);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const watch = await watchPage(other);
    await openPage(other, link);
    await waitForIslands(other);
    await expect.poll(() => entryLabels(other)).toEqual(labels);
    expect(await other.locator('.plan-list > li').count()).toBe(1);
    expect(new URL(other.url()).hash).toBe('');
    expect((await watch.problems()).foreignRequests).toEqual([]);
    await fresh.close();
  });

  test('a damaged workshop link gets a German message and an empty, working page', async () => {
    await openComparison(page, '#w=AAAA');
    await expect.poll(() => page.locator('#meldung-workshop-seite').innerText()).toContain('beschädigt');
    await loadFiles([workshopPath('kulturamt.json')]);
    await expect.poll(() => entryLabels()).toEqual(['Kulturamt']);
  });

  test('a single self-check’s result opens the action plan with its own next steps, in its order', async () => {
    await openSelfcheck(page, shareHash(typical));
    await expectResult(page);
    const steps = await nextSteps(page);
    await page.getByRole('link', { name: t('selbstcheck.plan') }).click();
    await waitForIslands(page);
    await expect.poll(() => entryLabels()).toEqual([typical.name]);
    expect((await sharedList()).map(([, text]) => text)).toEqual(steps);
  });
});

describe('the projector view', () => {
  test('is driven by the keyboard alone: opened, paged with the arrow keys and closed with Escape, focus back where it was', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    const start = page.getByRole('button', { name: tc('comparison.present') });
    await start.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getAttribute('aria-labelledby')).toBe('praesentation-titel');
    const title = () => dialog.getByRole('heading', { level: 2 }).innerText();
    await expect.poll(title).toMatch(/^Bereich 1 von 10\s+Konzept$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(title).toMatch(/^Bereich 2 von 10\s+Stellenbeschreibung und Personalressourcen$/);
    // Readable at 1024×768: large type, nothing sideways, the paper's questions for this dimension quoted.
    const size = await dialog
      .locator('.presentation__values li')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await dialog.locator('.presentation__questions').innerText()).toContain(
      'Wie viele Stellen im Fachbereich arbeiten mit Migrantenorganisationen?',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(title).toMatch(/^Bereich 1 von 10/);
    // The buttons work too, and the first screen has no way back.
    expect(await dialog.getByRole('button', { name: tc('comparison.previous') }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await start.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test('uses the width at 1920×1080: comparison and questions side by side', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    await page.getByRole('button', { name: tc('comparison.present') }).click();
    await page.getByRole('button', { name: tc('comparison.next') }).click();
    const chart = await page.locator('.presentation__chart').boundingBox();
    const questions = await page.locator('.presentation__questions').boundingBox();
    expect(chart && questions && questions.x > chart.x + chart.width).toBe(true);
    expect(chart && chart.width).toBeGreaterThan(900);
  });
});

describe('print, small screens and accessibility', () => {
  test('the workshop record prints on one or two A4 pages, for three and for ten results', async () => {
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    for (const row of await page.locator('.shared-list > li').all())
      await row.getByRole('checkbox', { name: 'Jugendamt' }).check();
    expect(await printedPages(page)).toBeLessThanOrEqual(2);
    const ten = Array.from({ length: 7 }, (_, index) => ({
      name: `f${String(index)}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          ...JSON.parse(workshopFixture(departmentFiles[index % 3] ?? 'integration.json')),
          name: `Fachbereich ${String(index + 4)}`,
        }),
      ),
    }));
    await page.getByLabel(tc('comparison.files')).setInputFiles(ten);
    await expect.poll(async () => (await entryLabels()).length).toBe(10);
    const pages = await printedPages(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test('at 320 px nothing scrolls sideways but the table in its own scroll area', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openComparison();
    await loadFiles();
    await expect.poll(() => entryLabels()).toEqual(labels);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await page.locator('.compare-chart--schmal').isVisible()).toBe(true);
    expect(await page.locator('.compare-chart--breit').isVisible()).toBe(false);
  });

  test.each(['light', 'dark'] as const)('axe finds nothing in any state (%s)', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await openComparison();
    expect(await axeViolations(page), 'empty').toEqual([]);
    await loadFiles([...files, fixturePath('bad/foreign.json')]);
    await expect.poll(() => entryLabels()).toEqual(labels);
    await page.locator('.shared-list__reasons summary').first().click();
    expect(await axeViolations(page), 'loaded, with an error notice').toEqual([]);
    await page.getByRole('button', { name: `${tc('comparison.rename')}: Jugendamt` }).click();
    await page.getByRole('textbox', { name: tc('comparison.entryLabel') }).fill('<');
    await page.getByRole('button', { name: `${tc('comparison.remove')}: Kulturamt` }).click();
    await page.getByLabel(tc('comparison.workshopTitle')).fill('>');
    await page.getByRole('button', { name: tc('comparison.save') }).click();
    await page.getByRole('button', { name: tc('comparison.save') }).click();
    expect(await axeViolations(page), 'errors, a confirmation and a saved workshop').toEqual([]);
    await page.getByRole('button', { name: tc('comparison.present') }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    expect(await axeViolations(page), 'the projector view').toEqual([]);
  });
});
