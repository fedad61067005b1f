/**
 * Accessibility sweep: axe-core checks every built page against WCAG 2.2 AA (the rules tagged for
 * WCAG 2.0/2.1 A and AA and WCAG 2.2 AA), once in the light and once in the dark colour scheme.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, siteUrl, sitePages } from './browser';

/** An axe rule violation (typed through AxeBuilder, so axe-core need not be a direct dependency). */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [
  ...sitePages().map((page) => ({ page, path: `/${page}`, status: 200 })),
  // The server answers an unknown address with the 404 page; people land there from broken links.
  { page: 'diese-seite-gibt-es-nicht/', path: '/diese-seite-gibt-es-nicht/', status: 404 },
];

/** One line per rule and affected element: rule id, impact, help text and the element's selector. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} – ${node.target.map(String).join(' ')}` +
        (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : '') +
        `\n    ${violation.helpUrl}`,
    ),
  );
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe.each([
  { scheme: 'light' as const, label: 'light mode' },
  { scheme: 'dark' as const, label: 'dark mode' },
])('in $label', ({ scheme }) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: scheme });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context.close();
  });

  test.each(pages)('$path has no WCAG 2.2 AA violations axe can find', async ({ page: pagePath, status }) => {
    const response = await openPage(page, siteUrl(pagePath));
    expect(response?.status(), 'HTTP status').toBe(status);
    // Legacy mode runs axe in the page itself instead of opening an extra page per run to merge
    // frame results; the site has no iframes, and it halves the time of the sweep.
    const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(tags).analyze();
    expect(describeViolations(violations)).toEqual([]);
  });
});
