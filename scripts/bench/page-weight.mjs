// What a page costs on a first visit, in Chromium: the bytes of every response by kind (raw and gzip),
// the number of requests, and the layout shift while it loads. Shared by `npm run bench` and the budget
// test, so both measure the same way. Nothing here depends on timing except which shifts happen.
import { gzipSync } from 'node:zlib';

/** Gzip level for the compressed figures: what a host that precompresses its files (gzip_static) sends. */
export const GZIP_LEVEL = 9;

/** Width and height of the two screens layout shift is measured at: a phone and a desktop. */
export const SCREENS = [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
];

/** How much slower than this machine the CPU runs while layout shift is measured (Lighthouse's mobile factor). */
export const CPU_SLOWDOWN = 4;

/** @typedef {{ raw: number, gzip: number }} Bytes */
/**
 * @typedef {object} PageWeight
 * @property {Bytes} html
 * @property {Bytes} css
 * @property {Bytes} js
 * @property {Bytes} other Fonts, images, WebAssembly, search index and data files.
 * @property {number} requests Every request the page made while loading.
 * @property {string[]} scripts Paths of the JavaScript files the page loaded, in the order they arrived.
 */

/** @param {string | undefined} type @param {string} url */
function kindOf(type, url) {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script' || /\.m?js$/.test(new URL(url).pathname)) return 'js';
  return 'other';
}

/**
 * Opens `url` in a fresh context and waits until the page has loaded and the network has been quiet for
 * 300 ms (at most 10 s), then 2 frames more, so that late scripts and their shifts are counted.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
async function load(page, url) {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  const done = () => (inFlight = Math.max(0, inFlight - 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.goto(url, { waitUntil: 'load' });
  const end = Date.now() + 10_000;
  let quietSince = Date.now();
  while (Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (inFlight > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 300) break;
  }
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * @typedef {object} Shift
 * @property {number} value
 * @property {string[]} sources The elements that moved, as `tag.class`.
 */

/**
 * Layout shifts of a first visit of `url` at one screen size with the CPU slowed down: every `layout-shift`
 * entry not caused by input, with the elements that moved (their sum is stricter than CLS, which takes the
 * worst 5 s window).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number }} screen
 * @returns {Promise<{ total: number, shifts: Shift[] }>}
 */
export async function layoutShift(browser, url, screen) {
  const context = await browser.newContext({ viewport: screen });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      /** @type {any} */ (window).__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of /** @type {any[]} */ (list.getEntries()))
          if (!entry.hadRecentInput)
            /** @type {any} */ (window).__shifts.push({
              value: entry.value,
              sources: (entry.sources ?? []).map((/** @type {any} */ source) =>
                source.node instanceof Element
                  ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
                  : String(source.node?.nodeName),
              ),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await load(page, url);
    /** @type {Shift[]} */
    const shifts = await page.evaluate(() => /** @type {any} */ (window).__shifts);
    return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
  } finally {
    await context.close();
  }
}

/**
 * Bytes and requests of a first visit of `url` (fresh context, empty cache, desktop screen).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<PageWeight>}
 */
export async function pageWeight(browser, url) {
  const context = await browser.newContext({ viewport: SCREENS[1] });
  try {
    const page = await context.newPage();
    /** @type {Promise<void>[]} */
    const pending = [];
    const weight = {
      html: { raw: 0, gzip: 0 },
      css: { raw: 0, gzip: 0 },
      js: { raw: 0, gzip: 0 },
      other: { raw: 0, gzip: 0 },
      requests: 0,
      /** @type {string[]} */
      scripts: [],
    };
    page.on('request', () => (weight.requests += 1));
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          const kind = kindOf(response.request().resourceType(), response.url());
          weight[kind].raw += body.length;
          // Pagefind's index and WebAssembly are compressed already; a host sends them as they are.
          const text = kind !== 'other' || /json|svg|xml|text/.test(response.headers()['content-type'] ?? '');
          weight[kind].gzip += text ? gzipSync(body, { level: GZIP_LEVEL }).length : body.length;
          if (kind === 'js') weight.scripts.push(new URL(response.url()).pathname);
        })(),
      );
    });
    await load(page, url);
    await Promise.all(pending);
    return weight;
  } finally {
    await context.close();
  }
}
