/**
 * The budgets that do not depend on the machine's speed, for every page type of the bench
 * (scripts/bench/page-types.ts), measured on a first visit in Chromium the way `npm run bench` measures:
 * gzip bytes of HTML, CSS and JavaScript, no JavaScript on chapter pages beyond the site-wide scripts,
 * no layout shift at phone and desktop width with the CPU slowed 4×, and Lighthouse 100 for
 * accessibility, best practices and SEO. Timings are printed by the bench, never asserted.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_LAYOUT_SHIFT, PERFECT_CATEGORIES, budgets } from '../../scripts/bench/budgets.mjs';
import { launchLighthouseChromium, runLighthouse } from '../../scripts/bench/lighthouse.mjs';
import { pageTypes } from '../../scripts/bench/page-types';
import { SCREENS, layoutShift, pageWeight, type PageWeight } from '../../scripts/bench/page-weight.mjs';
import { t } from '../../src/i18n/t';
import { launchBrowser, siteUrl } from './browser';

let browser: Browser;
let lighthouse: Awaited<ReturnType<typeof launchLighthouseChromium>>;

beforeAll(async () => {
  browser = await launchBrowser();
  lighthouse = await launchLighthouseChromium();
});

afterAll(async () => {
  await browser.close();
  lighthouse.kill();
});

const kinds = ['html', 'css', 'js', 'other'] as const;

describe.each(pageTypes)('$id (/$path)', ({ id, path }) => {
  const url = siteUrl(path);
  let weight: PageWeight;

  beforeAll(async () => {
    weight = await pageWeight(browser, url);
  });

  test('stays within its byte budget (gzip)', () => {
    const budget: Partial<Record<(typeof kinds)[number], number>> = budgets[id as keyof typeof budgets];
    expect(budget, `a budget for ${id} in scripts/bench/budgets.mjs`).toBeDefined();
    const over = kinds.flatMap((kind) => {
      const limit = budget[kind];
      return limit !== undefined && weight[kind].gzip > limit
        ? [`${kind}: ${String(weight[kind].gzip)} bytes, budget ${String(limit)}`]
        : [];
    });
    expect(over).toEqual([]);
  });

  test.each(SCREENS)('does not shift while loading at $width px, with the CPU slowed 4×', async (screen) => {
    const { total, shifts } = await layoutShift(browser, url, screen);
    // The shifts, with the elements that moved, name the culprit when this fails.
    expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(MAX_LAYOUT_SHIFT);
  });

  test(`scores 100 in Lighthouse for ${PERFECT_CATEGORIES.join(', ')}`, async () => {
    const { scores, failures } = await runLighthouse(lighthouse.port, url, PERFECT_CATEGORIES);
    expect({ scores, failures }).toEqual({
      scores: Object.fromEntries(PERFECT_CATEGORIES.map((category) => [category, 100])),
      failures: [],
    });
  });
});

test('chapter pages load no JavaScript but the site-wide scripts', async () => {
  const chapter = pageTypes.find((type) => type.id === 'chapter');
  if (!chapter) throw new Error('no chapter page type in scripts/bench/page-types.ts');
  // The 404 page has nothing but the layout: its scripts are those every page loads.
  const [onChapter, onLayout] = await Promise.all([
    pageWeight(browser, siteUrl(chapter.path)),
    pageWeight(browser, siteUrl('gibt-es-nicht/')),
  ]);
  expect(onLayout.scripts.length, 'site-wide scripts').toBeGreaterThan(0);
  expect(new Set(onChapter.scripts)).toEqual(new Set(onLayout.scripts));
});

test('the result page type shows a result, so the bench measures that state', async () => {
  const result = pageTypes.find((type) => type.id === 'result');
  if (!result) throw new Error('no result page type in scripts/bench/page-types.ts');
  const page = await browser.newPage();
  try {
    await page.goto(siteUrl(result.path));
    await page
      .getByRole('heading', { name: t('selbstcheck.result') })
      .first()
      .waitFor({ timeout: 15_000 });
  } finally {
    await page.close();
  }
});
