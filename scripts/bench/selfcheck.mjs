// The self-check page's JavaScript and how fast its island becomes usable, in Chromium: the scripts it
// loads (raw and gzip), the time from navigation to the usable island and from a click on a dimension
// to its first question, each the median of several runs.
import { gzipSync } from 'node:zlib';
import { kb, median } from './format.mjs';

const RUNS = 5;

/**
 * Measures and prints; returns the figures for `bench/results.json`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site URL of the start page, ending in the base path
 */
export async function benchSelfcheck(browser, site) {
  /** @type {Map<string, Buffer>} */
  const scripts = new Map();
  /** @type {number[]} */
  const hydrated = [];
  /** @type {number[]} */
  const firstQuestion = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(new URL(response.url()).pathname, body);
    });
    await page.goto(new URL('selbstcheck/', site).href);
    // The island is usable once Astro has hydrated it (the `ssr` attribute is gone) and its data has arrived.
    await page.waitForSelector('astro-island:not([ssr])');
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    hydrated.push(await page.evaluate(() => performance.now()));
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Konzept' }).click();
    await page.locator('fieldset input').first().waitFor();
    firstQuestion.push((await page.evaluate(() => performance.now())) - started);
    await context.close();
  }
  const bodies = [...scripts.values()];
  const raw = bodies.reduce((sum, body) => sum + body.length, 0);
  const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  console.log('Self-check page (/selbstcheck/)');
  console.log(`  JavaScript files loaded: ${bodies.length}`);
  for (const [path, body] of scripts)
    console.log(`    ${path}: ${kb(body.length)} (gzip ${kb(gzipSync(body, { level: 9 }).length)})`);
  console.log(`  JavaScript total: ${kb(raw)} raw, ${kb(gzip)} gzip (aim: under 60 KB gzip)`);
  console.log(
    `  Navigation to usable island (hydrated, data loaded): median ${median(hydrated).toFixed(0)} ms over ${RUNS} runs`,
  );
  console.log(`  Click to first question shown: median ${median(firstQuestion).toFixed(0)} ms`);
  return {
    javascript: { files: bodies.length, raw, gzip },
    hydratedMs: Math.round(median(hydrated)),
    firstQuestionMs: Math.round(median(firstQuestion)),
  };
}
