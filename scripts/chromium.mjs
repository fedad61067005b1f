// Debian's Chromium through playwright-core, with the flags this kind of machine needs (no sandbox as root,
// no background connections to a network that isn't there). Shared by the browser tests and the scripts.
import { chromium } from 'playwright-core';

/** Chromium from the distribution; Playwright's own browser download is not used. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Command-line flags for every Chromium the project starts (Playwright's and Lighthouse's). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts a headless Chromium; close it with `browser.close()`.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
