// Search figures of the built site: the time from the last keystroke to rendered results in the search
// dialog (first search of a page and again with the index loaded), the bytes a first search fetches,
// the size of the index and of the query side's word list, and the relevance of the results
// (./search-relevance.mjs). Figures only, no pass/fail: compare them with the aims in issue 11.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEBOUNCE_MS } from '../../src/lib/search-timing.ts';
import { loadSearchQueries } from '../../test/fixtures/search-queries.ts';
import { folderSize, kb, median } from './format.mjs';
import { benchSearchRelevance } from './search-relevance.mjs';

/** Queries timed: every fifth of the relevance set, so questions, keywords and typos are all timed. */
const TIMED = loadSearchQueries()
  .filter((_, index) => index % 5 === 0)
  .map((entry) => entry.query);

/** The time of the next frame, i.e. when what is in the DOM now has been painted. */
const painted = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));

/** Types `query` into the open dialog and returns ms from the last keystroke to painted results. */
async function typeAndWait(page, query) {
  const dialog = page.getByRole('dialog');
  // The visible summary updates with the results; the live region only once typing has paused.
  const summary = dialog.locator('.search-panel__status');
  await dialog.getByRole('searchbox').pressSequentially(query);
  const typed = await page.evaluate(() => performance.now());
  await summary.filter({ hasText: `„${query}“` }).waitFor();
  return (await painted(page)) - typed - DEBOUNCE_MS;
}

/** Raw and gzip size of a file, or `null` if the build has none (as before the word list existed). */
function fileBytes(file) {
  if (!existsSync(file)) return null;
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
}

/**
 * Measures search on the site at `site` (origin and base path, ending in `/`) with `browser`, prints
 * the figures and returns them; `dist` is the folder the site is served from.
 */
export async function benchSearch(browser, site, dist = new URL('../../dist/', import.meta.url).pathname) {
  const pagefindDir = path.join(dist, 'pagefind');
  const latencies = [];
  const firstSearchBytes = [];
  // One fresh page per query, so every query is also a first search of its page.
  for (const query of TIMED) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site}leitfaden/`);
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
    const first = await typeAndWait(page, query);
    firstSearchBytes.push({ bytes, gzipped });
    // A second search of the same query on the warm page: what typing feels like once loaded.
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('');
    await dialog.locator('.search-panel__status').filter({ hasText: /^$/ }).waitFor();
    latencies.push({ query, first, warm: await typeAndWait(page, query) });
    await context.close();
  }
  const warm = latencies.map((entry) => entry.warm);
  const cold = latencies.map((entry) => entry.first);
  const unzipped = firstSearchBytes.map((entry) => entry.bytes);
  const zipped = firstSearchBytes.map((entry) => entry.gzipped);
  const figures = {
    keystrokeToResultsMs: { median: median(warm), worst: Math.max(...warm) },
    firstSearchMs: { median: median(cold), worst: Math.max(...cold) },
    firstSearchBytes: { median: median(unzipped), most: Math.max(...unzipped) },
    firstSearchBytesGzip: { median: median(zipped), most: Math.max(...zipped) },
    indexBytes: folderSize(pagefindDir).bytes,
    wordListBytes: fileBytes(path.join(pagefindDir, 'words.json')),
    recordFiltersBytes: fileBytes(path.join(pagefindDir, 'records.json')),
  };

  console.log('');
  console.log(
    `Search (dialog on /leitfaden/, ${TIMED.length} queries, after the ${DEBOUNCE_MS} ms debounce)`,
  );
  for (const { query, first, warm: again } of latencies)
    console.log(`    „${query}“: first ${first.toFixed(0)} ms, again ${again.toFixed(0)} ms`);
  console.log(
    `  Last keystroke to results, loaded index: median ${figures.keystrokeToResultsMs.median.toFixed(0)} ms, worst ${figures.keystrokeToResultsMs.worst.toFixed(0)} ms (aim: under 100 ms)`,
  );
  console.log(
    `  Last keystroke to results, first search: median ${figures.firstSearchMs.median.toFixed(0)} ms, worst ${figures.firstSearchMs.worst.toFixed(0)} ms`,
  );
  console.log(
    `  Fetched for a first search, as sent uncompressed: median ${kb(figures.firstSearchBytes.median)}, most ${kb(figures.firstSearchBytes.most)}`,
  );
  console.log(
    `  Fetched for a first search, text gzipped as a host would: median ${kb(figures.firstSearchBytesGzip.median)}, most ${kb(figures.firstSearchBytesGzip.most)} (aim: under 150 KB)`,
  );
  const sizes = (bytes) => (bytes ? `${kb(bytes.raw)}, gzip ${kb(bytes.gzip)}` : 'none');
  console.log(
    `  Word list (pagefind/words.json, vocabulary and synonyms): ${sizes(figures.wordListBytes)}; record filters (pagefind/records.json): ${sizes(figures.recordFiltersBytes)}`,
  );
  console.log(`  Index size (dist/pagefind): ${kb(figures.indexBytes)}`);

  const relevance = await benchSearchRelevance(browser, site);
  return { ...figures, relevance };
}
