// Prints speed and size figures of the built site (run `npm run build` first): the JavaScript the
// self-check page loads, raw and gzip, and the time from navigation to an interactive first question
// in Chromium; for search, see ./bench/search.mjs. Figures only, no pass/fail: compare them with the
// aims in the issues. The preview server listens on BENCH_PORT (default 4399), so that several
// benches can run at once.
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { benchSearch } from './bench/search.mjs';
import { launchChromium } from './chromium.mjs';

const RUNS = 5;
const server = await preview({
  logLevel: 'error',
  server: { port: Number(process.env.BENCH_PORT ?? 4399), host: '127.0.0.1' },
});
// The port the server got: Astro takes the next free one if BENCH_PORT is taken.
const origin = `http://127.0.0.1:${String(server.port)}`;
const base = process.env.BASE_PATH ?? '/';
const browser = await launchChromium();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  const scripts = new Map();
  const hydrated = [];
  const firstQuestion = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(new URL(response.url()).pathname, body);
    });
    await page.goto(`${origin}${base}selbstcheck/`);
    // The island is interactive once Astro has hydrated it (the `ssr` attribute is gone).
    await page.waitForSelector('astro-island:not([ssr])');
    hydrated.push(await page.evaluate(() => performance.now()));
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Konzept' }).click();
    await page.locator('fieldset input').first().waitFor();
    firstQuestion.push((await page.evaluate(() => performance.now())) - started);
    await context.close();
  }
  const bodies = [...scripts.values()];
  const raw = bodies.reduce((sum, body) => sum + body.length, 0);
  const gzip = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  console.log('Self-check page (/selbstcheck/)');
  console.log(`  JavaScript files loaded: ${bodies.length}`);
  for (const [path, body] of scripts)
    console.log(`    ${path}: ${kb(body.length)} (gzip ${kb(gzipSync(body, { level: 9 }).length)})`);
  console.log(`  JavaScript total: ${kb(raw)} raw, ${kb(gzip)} gzip (aim: under 60 KB gzip)`);
  console.log(`  Navigation to hydrated island: median ${median(hydrated).toFixed(0)} ms over ${RUNS} runs`);
  console.log(`  Click to first question shown: median ${median(firstQuestion).toFixed(0)} ms`);

  await benchSearch(browser, `${origin}${base}`);
} finally {
  await browser.close();
  await server.stop();
}
