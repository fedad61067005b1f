/**
 * No layout shift while a page loads (issue 13): each page type is loaded at phone width (412 px) and
 * desktop width (1350 px) with the CPU slowed four times, so that scripts run well after the first
 * paint, and a buffered `layout-shift` PerformanceObserver adds up every shift not caused by input.
 * The header's search button, for one, is in the HTML at its final size; the script only gives it
 * its behaviour.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

declare global {
  interface Window {
    /** Layout shifts seen since the page started loading, recorded by the init script below. */
    __shifts?: { value: number; sources: string[] }[];
  }
}

const pages = [
  ['start page', ''],
  ['chapter', 'leitfaden/befragung/'],
  ['recommendations', 'empfehlungen/'],
  ['self-check', 'selbstcheck/'],
  ['search page', 'suche/'],
  ['search page with a query', 'suche/?q=R%C3%A4ume'],
] as const;

describe.each([412, 1350])('at %i px with the CPU slowed 4×', (width) => {
  test.each(pages)('the %s (/%s) does not shift while loading', async (_, path) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node | null }[];
          })[])
            if (!entry.hadRecentInput)
              window.__shifts?.push({
                value: entry.value,
                sources: (entry.sources ?? []).map((source) =>
                  source.node instanceof Element
                    ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
                    : String(source.node?.nodeName),
                ),
              });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openPage(page, siteUrl(path));
      // Let late scripts (the search of ?q=, islands) finish and paint.
      await page.waitForTimeout(1_000);
      const shifts = await page.evaluate(() => window.__shifts ?? []);
      expect(shifts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
