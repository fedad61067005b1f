// Search speed and bytes, in Chromium: for each query typed into the header's search dialog on a fresh
// page, the time from the last keystroke to rendered results (first search and again on the warm page)
// and the bytes the first search fetches.
import { gzipSync } from 'node:zlib';
import { DEBOUNCE_MS } from '../../src/lib/search-query.ts';
import { kb, median } from './format.mjs';

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

/** Resolves after the next frame has been painted. @param {import('playwright-core').Page} page */
const nextPaint = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));

/**
 * Measures and prints; returns the figures for `bench/results.json`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} site URL of the start page, ending in the base path
 */
export async function benchSearch(browser, site) {
  // One fresh page per query, so every query is also a first search of its page.
  const latencies = [];
  const firstSearchBytes = [];
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('leitfaden/', site).href);
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
    const first = (await nextPaint(page)) - typed - DEBOUNCE_MS;
    // A second search of the same query on the warm page: what typing feels like once loaded.
    await dialog.getByRole('searchbox').fill('');
    await status.filter({ hasText: /^$/ }).waitFor();
    await dialog.getByRole('searchbox').pressSequentially(query);
    const typedAgain = await page.evaluate(() => performance.now());
    await status.filter({ hasText: `„${query}“` }).waitFor();
    latencies.push({ query, first, warm: (await nextPaint(page)) - typedAgain - DEBOUNCE_MS });
    firstSearchBytes.push({ bytes, gzipped });
    await context.close();
  }
  const warm = latencies.map((entry) => entry.warm);
  const cold = latencies.map((entry) => entry.first);
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
  return {
    queries: latencies.map(({ query, first, warm: again }) => ({
      query,
      firstMs: Math.round(first),
      warmMs: Math.round(again),
    })),
    warmMedianMs: Math.round(median(warm)),
    firstMedianMs: Math.round(median(cold)),
    firstSearchBytes: { raw: median(unzipped), gzip: median(zipped) },
  };
}
