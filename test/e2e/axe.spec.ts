/**
 * Accessibility sweep: axe-core checks every built page against WCAG 2.2 AA (the rules tagged for
 * WCAG 2.0/2.1 A and AA and WCAG 2.2 AA), once in the light and once in the dark colour scheme.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axe, describeViolations, launchBrowser, openPage, siteUrl } from './browser';
import { sitePages } from './site';

const pages = [
  ...sitePages().map((page) => ({ page, path: `/${page}`, status: 200 })),
  // The server answers an unknown address with the 404 page; people land there from broken links.
  { page: 'diese-seite-gibt-es-nicht/', path: '/diese-seite-gibt-es-nicht/', status: 404 },
];

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
    const { violations } = await axe(page);
    expect(describeViolations(violations)).toEqual([]);
  });
});
