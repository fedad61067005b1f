// Speed and size figures of the built site, printed and written to bench/results.json: the build time
// and the size of the search index; per page type (scripts/bench/page-types.ts) the bytes of HTML, CSS
// and JavaScript (raw and gzip), requests, layout shift and Lighthouse's four scores; the self-check's
// JavaScript and time to a usable island; search speed; the time the workshop takes to compare ten results. Figures only, no pass/fail: the budgets that do
// not depend on timing are checked by `npm test` (test/e2e/budgets.spec.ts).
//
// Usage: npm run bench              builds the site, then measures it
//        npm run bench -- --no-build  measures the site already in dist/
// BENCH_PORT sets the preview server's port (default 4417), BASE_PATH the base path as for the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { preview } from 'astro';
import { runnerImport } from 'vite';
import { budgets } from './bench/budgets.mjs';
import { kb, folderSize } from './bench/format.mjs';
import { launchLighthouseChromium, runLighthouse } from './bench/lighthouse.mjs';
import { SCREENS, layoutShift, pageWeight } from './bench/page-weight.mjs';
import { benchSearch } from './bench/search.mjs';
import { benchSelfcheck } from './bench/selfcheck.mjs';
import { benchWorkshop } from './bench/workshop.mjs';
import { launchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url);
const port = Number(process.env.BENCH_PORT ?? 4417);
const base = process.env.BASE_PATH ?? '/';
const site = new URL(base.replace(/^\/?/, '/').replace(/\/?$/, '/'), `http://127.0.0.1:${port}`).href;
const results = {
  measuredAt: new Date().toISOString(),
  basePath: base,
  build: /** @type {Record<string, unknown>} */ ({}),
  pageTypes: /** @type {Record<string, unknown>} */ ({}),
  selfcheck: /** @type {unknown} */ (null),
  search: /** @type {unknown} */ (null),
  workshop: /** @type {unknown} */ (null),
};

// --- Build ---------------------------------------------------------------------------------------
if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  results.build.seconds = Math.round((performance.now() - started) / 100) / 10;
} else results.build.seconds = null;
const dist = folderSize(new URL('dist', root).pathname);
const searchIndex = folderSize(new URL('dist/pagefind', root).pathname);
Object.assign(results.build, { dist, searchIndex });
console.log('Build');
console.log(
  `  Build time: ${results.build.seconds === null ? 'not built (--no-build)' : `${results.build.seconds} s`}`,
);
console.log(
  `  dist/: ${kb(dist.bytes)} in ${dist.files} files; search index (dist/pagefind): ${kb(searchIndex.bytes)}`,
);

const { pageTypes } = (
  await runnerImport('/scripts/bench/page-types.ts', {
    root: root.pathname,
    configFile: false,
    logLevel: 'error',
  })
).module;
const server = await preview({ logLevel: 'error', server: { port, host: '127.0.0.1' } });
const browser = await launchChromium();
const lighthouseChromium = await launchLighthouseChromium();

try {
  // --- Page types --------------------------------------------------------------------------------
  console.log('');
  console.log(`Page types (first visit; gzip level 9; layout shift with the CPU slowed 4×)`);
  for (const { id, path } of pageTypes) {
    const url = new URL(path, site).href;
    const weight = await pageWeight(browser, url);
    const shifts = {};
    for (const screen of SCREENS) shifts[screen.width] = (await layoutShift(browser, url, screen)).total;
    const { scores, failures } = await runLighthouse(lighthouseChromium.port, url);
    results.pageTypes[id] = { path: `/${path}`, ...weight, layoutShift: shifts, lighthouse: scores };
    const budget = budgets[id];
    console.log(`  ${id} (/${path.length > 60 ? `${path.slice(0, 60)}…` : path})`);
    for (const kind of ['html', 'css', 'js', 'other'])
      console.log(
        `    ${kind.padEnd(5)} ${kb(weight[kind].raw).padStart(9)} raw, ${kb(weight[kind].gzip).padStart(9)} gzip` +
          (budget?.[kind] ? ` (budget ${kb(budget[kind])} gzip)` : ''),
      );
    console.log(`    requests ${weight.requests}; scripts: ${weight.scripts.join(', ') || 'none'}`);
    console.log(
      `    layout shift ${Object.entries(shifts)
        .map(([width, value]) => `${value.toFixed(3)} at ${width} px`)
        .join(', ')} (budget 0)`,
    );
    console.log(
      `    Lighthouse ${Object.entries(scores)
        .map(([category, score]) => `${category} ${score ?? 'n/a'}`)
        .join(', ')}`,
    );
    for (const failure of failures) console.log(`      ${failure}`);
  }

  // --- Self-check --------------------------------------------------------------------------------
  console.log('');
  results.selfcheck = await benchSelfcheck(browser, site);

  // --- Workshop ----------------------------------------------------------------------------------
  console.log('');
  results.workshop = await benchWorkshop(browser, site);

  // --- Search ------------------------------------------------------------------------------------
  console.log('');
  results.search = await benchSearch(browser, site);
} finally {
  await browser.close();
  lighthouseChromium.kill();
  await server.stop();
}

mkdirSync(new URL('bench', root), { recursive: true });
writeFileSync(new URL('bench/results.json', root), `${JSON.stringify(results, null, 2)}\n`);
console.log('');
console.log('Written to bench/results.json');
