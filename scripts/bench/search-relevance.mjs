// Search relevance on the built site: every query of the relevance set (test/fixtures/search-queries.yaml)
// is typed into the search box of /suche/ in Chromium, as a visitor would, and the results shown are
// checked against the records the paper says answer it. Prints recall@1/3/5, MRR and the queries without any
// result, per query and per audience; returns the figures.
import { answerRank, relevanceSummary } from '../../src/lib/search-relevance.ts';
import { loadSearchQueries } from '../../test/fixtures/search-queries.ts';

/** Waits this long for a search to report its outcome. */
const TIMEOUT_MS = 15_000;

const percent = (share) => `${(share * 100).toFixed(0)} %`;

/**
 * Searches `query` in the search box of the search page (open in `page`) and reads the results list:
 * each hit's link and its section links, relative to the site.
 */
async function shownHits(page, site, query) {
  const input = page.locator('#seiten-suche input[name="q"]');
  await input.fill(query);
  await input.press('Enter');
  const status = page.locator('#seiten-suche .search-panel__status');
  await status.filter({ hasText: `„${query.trim()}“` }).waitFor({ timeout: TIMEOUT_MS });
  const relative = (href) => `/${href.slice(site.length)}`;
  const hits = await page.locator('#seiten-suche .search-hits > li').evaluateAll((items) =>
    items.map((item) => ({
      url: item.querySelector('a')?.href ?? '',
      sections: [...item.querySelectorAll('.search-hit__sections a')].map((link) => link.href),
    })),
  );
  return hits.map((hit) => ({ url: relative(hit.url), sections: hit.sections.map(relative) }));
}

/**
 * Runs the relevance set (or the set in `file`) against the site at `site` (origin and base path,
 * ending in `/`) and prints the figures. Returns them with the rank of each query (`null`: not among the results shown).
 */
export async function benchSearchRelevance(browser, site, file = undefined) {
  const queries = loadSearchQueries(file);
  const context = await browser.newContext();
  const page = await context.newPage();
  const rows = [];
  try {
    await page.goto(`${site}suche/`);
    for (const entry of queries) {
      const hits = await shownHits(page, site, entry.query);
      rows.push({ ...entry, results: hits.length, rank: answerRank(hits, entry.answers) });
    }
  } finally {
    await context.close();
  }
  const summary = relevanceSummary(rows.map((row) => row.rank));
  const zero = rows.filter((row) => row.results === 0).map((row) => row.query);
  console.log('');
  console.log(`Search relevance (/suche/, ${queries.length} queries of test/fixtures/search-queries.yaml)`);
  for (const row of rows)
    console.log(
      `    ${row.rank === null ? '  –' : String(row.rank).padStart(3)}  „${row.query}“ (${row.results} Treffer)`,
    );
  const audiences = [...new Set(rows.map((row) => row.audience))];
  for (const audience of audiences) {
    const own = relevanceSummary(rows.filter((row) => row.audience === audience).map((row) => row.rank));
    console.log(
      `  ${audience}: recall@3 ${percent(own.recallAt3)}, MRR ${own.mrr.toFixed(2)} (${own.queries} queries)`,
    );
  }
  console.log(
    `  recall@1 ${percent(summary.recallAt1)}, recall@3 ${percent(summary.recallAt3)}, recall@5 ${percent(summary.recallAt5)}, MRR ${summary.mrr.toFixed(2)} (aim: recall@3 ≥ 90 %, MRR ≥ 0.75)`,
  );
  console.log(`  Queries without any result: ${zero.length}${zero.length ? ` (${zero.join(', ')})` : ''}`);
  return { ...summary, zeroResults: zero, ranks: rows.map(({ query, rank }) => ({ query, rank })) };
}
