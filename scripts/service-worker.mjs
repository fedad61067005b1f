// Writes dist/sw.js, the service worker that makes the whole site work offline after one visit (run after
// `astro build` and the search index; `npm run build` does all three). Workbox's generateSW precaches
// every page, asset and search index file of dist/; it is not `@vite-pwa/astro`, whose integration declares
// Astro up to 5 and would run before Pagefind has written the index.
//
// What the worker stores is the site as built, nothing else: there is no runtime caching, so no address
// a reader opens ends up in a cache, neither a search (`/suche/?q=…`) nor a share link. A share link's
// fragment (`#s=…`) is never sent to a server, but Chromium does pass it to the worker's fetch handler in
// `request.url`; Workbox drops it (and, here, any query string) to look the page up in the precache, and
// writes nothing. A navigation to an address the site does not have goes to the network and, offline,
// gets the 404 page. test/e2e/offline.spec.ts checks what the caches hold.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Files of dist/ no page loads: Pagefind's bundled UIs (the site has its own) and files for crawlers. */
export const notPrecached = [
  'sw.js',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  'robots.txt',
  'sitemap.xml',
];

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*'],
  globIgnores: notPrecached,
  swDest: path.join(dist, 'sw.js'),
  // One self-contained file: no `workbox-*.js` beside it to version and to exempt in the CSP.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cacheId: 'mo-leitfaden',
  // Pages are served as `dir/index.html`; any query string (`/suche/?q=…`) is read by the page itself.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  // Astro's bundled files carry a content hash in their name.
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  cleanupOutdatedCaches: true,
  // The first worker takes over at once; an update waits until the reader chooses „Neu laden“
  // (the page sends SKIP_WAITING), so a self-check in progress is never reloaded unasked.
  clientsClaim: true,
  skipWaiting: false,
  runtimeCaching: [
    {
      // Navigations the precache does not have: network only, never stored; offline the 404 page.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '404.html' } },
    },
  ],
});

for (const warning of warnings) console.warn(`Service worker: ${warning}`);
console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB).`);
