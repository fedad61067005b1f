/**
 * Shared helpers of the browser tests: start Debian's Chromium through playwright-core, open a page
 * and wait for its scripts and islands, run axe on it, and watch it for errors, CSP violations and
 * requests to other origins. The pages of the built site are listed by `./site`.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Request, Response } from 'playwright-core';
import { inject } from 'vitest';

/** Starts a headless Chromium; close it with `browser.close()`. */
export { launchChromium as launchBrowser } from '../../scripts/chromium.mjs';

/** Absolute URL of the test server for the start page (`''`) or a path relative to the base path. */
export function siteUrl(page = ''): string {
  return new URL(page, inject('siteUrl')).href;
}

/** What a page still waits for before it is ready: elements that say so themselves. */
const pendingSelector = [
  // An island Astro has not hydrated yet (it drops `ssr` then).
  'astro-island[ssr]',
  // A custom element its script has not defined yet (<site-status>, <item-filters> …).
  ':not(:defined):not(search-panel)',
  // <search-panel> is a plain host, never defined: ready when its controller marks it `data-ready`. The one in
  // the closed search dialog gets its controller only when the dialog opens.
  'search-panel:not([data-ready]):not(dialog:not([open]) *)',
  // A region that is loading or working (the search while it searches).
  '[aria-busy="true"]',
].join(', ');

/**
 * Opens `url` and waits until the page says it is ready: it has loaded, every island is hydrated, every custom
 * element is defined, nothing is `aria-busy`, and no request of the page has been under way for 100 ms (scripts
 * that fetch after `load`, such as the search, have had their answers). Throws, naming what is still pending,
 * if that takes longer than `timeout` ms.
 */
export async function openPage(
  page: Page,
  url: string,
  { timeout = 10_000 }: { timeout?: number } = {},
): Promise<Response | null> {
  const inFlight = new Set<Request>();
  const started = (request: Request) => inFlight.add(request);
  const finished = (request: Request) => inFlight.delete(request);
  page.on('request', started);
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    const end = Date.now() + timeout;
    let quietSince = Date.now();
    let pending: string[] = [];
    while (Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      if (inFlight.size > 0) {
        quietSince = Date.now();
        continue;
      }
      if (Date.now() - quietSince < 100) continue;
      pending = await page.evaluate(
        (selector) => [...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 100)),
        pendingSelector,
      );
      if (pending.length === 0) return response;
    }
    throw new Error(
      `${url} was not ready after ${String(timeout)} ms. ` +
        `Requests under way: ${[...inFlight].map((request) => request.url()).join(', ') || 'none'}. ` +
        `Elements not ready: ${pending.join(' | ') || 'none'}.`,
    );
  } finally {
    page.off('request', started);
    page.off('requestfinished', finished);
    page.off('requestfailed', finished);
  }
}

/**
 * Waits until Astro has hydrated an island of the page (it drops the island's `ssr` attribute then) and the
 * island has its data (nothing is `aria-busy` any more).
 */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForSelector('astro-island:not([ssr])');
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}

/** The axe rule tags of WCAG 2.2 AA: the rules for WCAG 2.0 and 2.1 A and AA, and those new in 2.2 AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The result of an axe run (typed through AxeBuilder, so axe-core need not be a direct dependency). */
export type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
/** An axe rule violation. */
export type Violation = AxeResults['violations'][number];

/**
 * Runs axe with the WCAG 2.2 AA rules on the page as it is now. Legacy mode runs axe in the page itself
 * instead of opening an extra page per run to merge frame results; the site has no iframes, and it
 * halves the time of the sweep.
 */
export function axe(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page }).setLegacyMode(true).withTags(wcagTags).analyze();
}

/** One line per rule and affected element: rule id, impact, help text and the element's selector. */
export function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} – ${node.target.map(String).join(' ')}` +
        (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : '') +
        `\n    ${violation.helpUrl}`,
    ),
  );
}

declare global {
  interface Window {
    /** CSP violations seen in the page, recorded by the init script of `watchPage`. */
    __cspViolations?: string[];
  }
}

/** What `watchPage` saw while a page was open. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** Requests to any origin other than the test server's. */
  foreignRequests: string[];
  /** Requests to the test server that failed or were answered with an error status. */
  failedRequests: string[];
}

export interface PageWatch {
  /** Everything recorded so far, including CSP violations the page itself recorded. */
  problems(): Promise<PageProblems>;
}

/**
 * Records console errors, uncaught page errors, CSP violations (the `securitypolicyviolation` event
 * and console messages about the Content Security Policy) and every request to another origin.
 * Call it before the first `page.goto`.
 */
export async function watchPage(page: Page, origin = new URL(inject('siteUrl')).origin): Promise<PageWatch> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const cspMessages: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${String(event.lineNumber)}` +
          (event.sample ? ` (${event.sample})` : ''),
      );
    });
  });

  page.on('console', (message) => {
    const text = message.text();
    const { url, lineNumber } = message.location();
    const where = url ? ` (${url}:${String(lineNumber)})` : '';
    if (/content security policy/i.test(text)) cspMessages.push(text + where);
    else if (message.type() === 'error') consoleErrors.push(text + where);
  });
  page.on('pageerror', (error) => {
    pageErrors.push(error.stack ?? error.message);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
    if (url.origin !== origin) foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin !== origin) return;
    const reason = request.failure()?.errorText ?? 'failed';
    // Navigating away aborts requests still under way; that is not a fault of the page.
    if (reason !== 'net::ERR_ABORTED') failedRequests.push(`${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === origin) {
      failedRequests.push(`${response.url()}: HTTP ${String(response.status())}`);
    }
  });

  return {
    async problems() {
      const recorded = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return {
        consoleErrors: [...consoleErrors],
        pageErrors: [...pageErrors],
        cspViolations: [...recorded, ...cspMessages],
        foreignRequests: [...foreignRequests],
        failedRequests: [...failedRequests],
      };
    },
  };
}
