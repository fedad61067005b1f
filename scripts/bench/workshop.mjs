// The workshop comparison (/workshop/vergleich/) in Chromium: the time from choosing ten self-check files
// to the painted comparison (chart, table and combined list), the median of several runs. Its bytes are a
// page type of their own (scripts/bench/page-types.ts).
import { readFileSync } from 'node:fs';
import { median } from './format.mjs';

const RUNS = 5;
const ENTRIES = 10;
const fixtures = ['integration', 'jugendamt', 'kulturamt'].map((name) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/workshop/${name}.json`, import.meta.url), 'utf8')),
);

/** Ten different results: the three fixture departments in turn, each under its own name. */
const files = Array.from({ length: ENTRIES }, (_, index) => {
  const document = { ...fixtures[index % fixtures.length], name: `Fachbereich ${index + 1}` };
  return {
    name: `fachbereich-${index + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(document)),
  };
});

/**
 * Measures and prints; returns the figures for `bench/results.json`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site URL of the start page, ending in the base path
 */
export async function benchWorkshop(browser, site) {
  /** @type {number[]} */
  const compared = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('workshop/vergleich/', site).href);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    const started = await page.evaluate(() => performance.now());
    await page.getByLabel('Dateien wählen (JSON)').setInputFiles(files);
    await page
      .locator('.compare-table thead th')
      .nth(ENTRIES + 1)
      .waitFor();
    await page.locator('.shared-list > li').first().waitFor();
    const painted = await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    );
    compared.push(/** @type {number} */ (painted) - started);
    await context.close();
  }
  console.log('Workshop comparison (/workshop/vergleich/)');
  console.log(
    `  Ten results chosen to comparison painted: median ${median(compared).toFixed(0)} ms over ${RUNS} runs`,
  );
  return { compareTenMs: Math.round(median(compared)) };
}
