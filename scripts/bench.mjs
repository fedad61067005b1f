// Prints speed and size figures of the built site (run `npm run build` first): the JavaScript the
// self-check page loads, raw and gzip, and the time from navigation to an interactive first question
// in Chromium; for search, the time from the last keystroke to rendered results, the bytes a first
// search fetches and the size of the index. Figures only, no pass/fail: compare them with the aims
// in the issues.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { DEBOUNCE_MS } from '../src/lib/search-query.ts';
import { launchChromium } from './chromium.mjs';

const RUNS = 5;
const server = await preview({ logLevel: 'error', server: { port: 4399, host: '127.0.0.1' } });
const origin = 'http://127.0.0.1:4399';
const base = process.env.BASE_PATH ?? '/';
const browser = await launchChromium();

/** Real questions of integration officers, typed into the search dialog. */
const QUERIES = [
  'institutionelle Förderung',
  'Gremien Rederecht',
  'Räume',
  'Raeume',
  'Wertschätzung',
  'Förderungen',
  'Wie fördern andere Kommunen Räume',
  'Stellenbeschreibung',
];

/** Total size of the files below `dir`. */
function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(full) : statSync(full).size);
  }, 0);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  const scripts = new Map();
  const hydrated = [];
  const firstQuestion = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(new URL(response.url()).pathname, body);
    });
    await page.goto(`${origin}${base}selbstcheck/`);
    // The island is interactive once Astro has hydrated it (the `ssr` attribute is gone).
    await page.waitForSelector('astro-island:not([ssr])');
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
  console.log(`  Navigation to hydrated island: median ${median(hydrated).toFixed(0)} ms over ${RUNS} runs`);
  console.log(`  Click to first question shown: median ${median(firstQuestion).toFixed(0)} ms`);

  // Search: one fresh page per query, so every query is also a first search of its page.
  const latencies = [];
  const firstSearchBytes = [];
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${base}leitfaden/`);
    // Bytes of every response of the first search. The preview server sends them uncompressed; a
    // static host would gzip the text files (Pagefind's index and WebAssembly are compressed already).
    let bytes = 0;
    let gzipped = 0;
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const text = /javascript|css|html|json/.test(response.headers()['content-type'] ?? '');
      bytes += body.length;
      gzipped += text ? gzipSync(body, { level: 6 }).length : body.length;
    });
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    const status = dialog.getByRole('status');
    await dialog.getByRole('searchbox').pressSequentially(query);
    const typed = await page.evaluate(() => performance.now());
    await status.filter({ hasText: `„${query}“` }).waitFor();
    // The results are in the DOM when the status is; wait for the frame that paints them.
    const shown = await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    );
    const first = shown - typed - DEBOUNCE_MS;
    // A second search of the same query on the warm page: what typing feels like once loaded.
    await dialog.getByRole('searchbox').fill('');
    await status.filter({ hasText: /^$/ }).waitFor();
    await dialog.getByRole('searchbox').pressSequentially(query);
    const typedAgain = await page.evaluate(() => performance.now());
    await status.filter({ hasText: `„${query}“` }).waitFor();
    const shownAgain = await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    );
    latencies.push({ query, first, warm: shownAgain - typedAgain - DEBOUNCE_MS });
    firstSearchBytes.push({ bytes, gzipped });
    await context.close();
  }
  const warm = latencies.map((entry) => entry.warm);
  const cold = latencies.map((entry) => entry.first);
  console.log('');
  console.log(
    `Search (dialog on /leitfaden/, ${QUERIES.length} queries, after the ${DEBOUNCE_MS} ms debounce)`,
  );
  for (const { query, first, warm: again } of latencies)
    console.log(`    „${query}“: first ${first.toFixed(0)} ms, again ${again.toFixed(0)} ms`);
  console.log(
    `  Last keystroke to results, loaded index: median ${median(warm).toFixed(0)} ms, worst ${Math.max(...warm).toFixed(0)} ms (aim: under 100 ms)`,
  );
  console.log(
    `  Last keystroke to results, first search: median ${median(cold).toFixed(0)} ms, worst ${Math.max(...cold).toFixed(0)} ms`,
  );
  const unzipped = firstSearchBytes.map((entry) => entry.bytes);
  const zipped = firstSearchBytes.map((entry) => entry.gzipped);
  console.log(
    `  Fetched for a first search, as sent uncompressed: median ${kb(median(unzipped))}, most ${kb(Math.max(...unzipped))}`,
  );
  console.log(
    `  Fetched for a first search, text gzipped as a host would: median ${kb(median(zipped))}, most ${kb(Math.max(...zipped))} (aim: under 150 KB)`,
  );
  console.log(
    `  Index size (dist/pagefind): ${kb(folderBytes(new URL('../dist/pagefind', import.meta.url).pathname))}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
