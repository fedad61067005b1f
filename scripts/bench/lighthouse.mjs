// Lighthouse 12 (mobile profile, its default) against the built site, in Debian's Chromium started by
// chrome-launcher with the project's flags. Shared by `npm run bench` (all four categories) and the
// budget test (the three that do not depend on timing).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

/** Lighthouse's four categories; the last three do not depend on the machine's speed. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {object} LighthouseResult
 * @property {Record<string, number | null>} scores 0–100 per category run (`null` if Lighthouse could not score it).
 * @property {string[]} failures One line per weighted audit that did not pass, for messages.
 */

/**
 * Starts the Chromium Lighthouse drives; stop it with `kill()`.
 * @returns {Promise<import('chrome-launcher').LaunchedChrome>}
 */
export function launchLighthouseChromium() {
  return chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
}

/**
 * Runs Lighthouse once on `url` in the Chromium on `port`.
 * @param {number} port
 * @param {string} url
 * @param {string[]} categories
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(port, url, categories = CATEGORIES) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {string[]} */
  const failures = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failures.push(
        `${id}: ${audit.id} (${audit.title})${audit.displayValue ? ` ${audit.displayValue}` : ''}`,
      );
    }
  }
  return { scores, failures };
}
