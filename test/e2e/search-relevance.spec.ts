/**
 * The relevance set (`test/fixtures/search-queries.yaml`) on the built site: every query is searched
 * on /suche/ as a visitor would, and the results shown are checked against the records the paper says
 * answer it. No query may end without results, and the set as a whole must reach the aims of issue 11
 * (recall@3 ≥ 90 %, MRR ≥ 0.75). `npm run bench` prints the same figures per query.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { answerRank, relevanceSummary, type ShownHit } from '../../src/lib/search-relevance';
import { loadSearchQueries } from '../fixtures/search-queries';
import { launchBrowser, siteUrl } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
});

/** Searches `query` in the search box of /suche/ and reads the results: each hit's link and its sections. */
async function shownHits(query: string): Promise<ShownHit[]> {
  const panel = page.locator('#seiten-suche');
  const input = panel.getByRole('searchbox', { name: 'Suchbegriff' });
  await input.fill(query);
  await input.press('Enter');
  await panel
    .getByRole('status')
    .filter({ hasText: `„${query}“` })
    .waitFor({ timeout: 15_000 });
  const site = siteUrl();
  const relative = (href: string) => `/${href.slice(site.length)}`;
  const hits = await panel
    .getByRole('list', { name: 'Suchergebnisse' })
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((item) => ({
        url: item.querySelector('a')?.href ?? '',
        sections: [...item.querySelectorAll('ul a')].map((link) => (link as HTMLAnchorElement).href),
      })),
    );
  return hits.map((hit) => ({ url: relative(hit.url), sections: hit.sections.map(relative) }));
}

test('every query finds results, and the set reaches recall@3 ≥ 90 % and MRR ≥ 0.75', async () => {
  await page.goto(siteUrl('suche/'));
  const rows: { query: string; results: number; rank: number | null }[] = [];
  for (const entry of loadSearchQueries()) {
    const hits = await shownHits(entry.query);
    rows.push({ query: entry.query, results: hits.length, rank: answerRank(hits, entry.answers) });
  }
  expect(rows.filter((row) => row.results === 0).map((row) => row.query)).toEqual([]);
  const summary = relevanceSummary(rows.map((row) => row.rank));
  const missed = rows
    .filter((row) => row.rank === null || row.rank > 3)
    .map((row) => `${row.query}: ${String(row.rank)}`);
  expect(summary.recallAt3, `not in the first three:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  expect(summary.mrr).toBeGreaterThanOrEqual(0.75);
}, 120_000);
