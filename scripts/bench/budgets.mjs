// Budgets that do not depend on the machine's speed, checked by `npm test` (test/e2e/budgets.spec.ts)
// and shown by `npm run bench`: gzip bytes per page type (scripts/bench/page-types.ts), no layout shift,
// Lighthouse 100 for accessibility, best practices and SEO. Byte budgets are the figures of December
// 2026 plus about 15 %: raise one only with a reason in the commit, lower it when a page gets lighter.

const KB = 1024;

/** Gzip bytes per page type and kind of file; a kind without a figure is not budgeted. */
export const budgets = {
  // Component styles moved from global.css beside their components (issue 14): the layout's sheet every page
  // loads (global.css with the search dialog's styles) shrank from 4.3 to 3.1 KB, so most pages got lighter; a
  // chapter now loads its own (chapter list, pager, contents, survey figures and charts, entries) in four files,
  // 5.4 KB instead of 4.9 KB: 5 KB → 6 KB.
  start: { html: 5 * KB, css: 5 * KB, js: 3 * KB },
  // Chapter pages load no JavaScript but the site-wide scripts (search launcher, offline note).
  chapter: { html: 17 * KB, css: 6 * KB, js: 3 * KB },
  // The index combines its filters in the browser (src/scripts/item-filters.ts, 1.6 KB gzip): with the
  // site-wide scripts 4.2 KB, so 3 KB → 5 KB (the figure plus about 15 %). Its filters' and the entries'
  // styles, beside their components, add two small stylesheets: 5.2 KB, so 5 KB → 6 KB.
  recommendations: { html: 14 * KB, css: 6 * KB, js: 5 * KB },
  // The rebuilt self-check (issue 10) adds the result model, session state, confirmations and notices; the
  // issue's ceiling for its JavaScript is 60 KB gzip. Its stylesheet adds the error summary, confirmations,
  // notices and the stacked result table (5.1 KB with the layout's sheet since issue 14, so 7 KB → 6 KB). Its
  // data is not in the HTML (5.1 KB) but in /daten/selbstcheck.json (17.7 KB, counted as `other`), which the
  // workshop comparison shares.
  selfcheck: { html: 6 * KB, css: 6 * KB, js: 60 * KB, other: 21 * KB },
  result: { html: 6 * KB, css: 6 * KB, js: 60 * KB, other: 21 * KB },
  // The workshop comparison runs the self-check's result model for every loaded result; issue 12 asks for its
  // JavaScript to stay under 60 KB gzip.
  workshop: { html: 6 * KB, css: 8 * KB, js: 60 * KB, other: 21 * KB },
  // /suche/ loads the search runtime only with a query (issue 13): without one, 6.3 KB. Its CSS is the layout's
  // sheet alone, 3.1 KB since issue 14: 5 KB → 4 KB.
  search: { html: 4 * KB, css: 4 * KB, js: 8 * KB },
  // The first search's index files count as `other`; the aim for a first search is under 150 KB. The search
  // scripts carry only the text of search (src/i18n/de-search.ts): 36.8 KB with Pagefind.
  'search-results': { html: 4 * KB, css: 4 * KB, js: 42 * KB, other: 150 * KB },
};

/** Largest layout shift allowed while a page loads, at every screen size. */
export const MAX_LAYOUT_SHIFT = 0;

/** Lighthouse categories that must score 100 on every page type; performance depends on the machine. */
export const PERFECT_CATEGORIES = ['accessibility', 'best-practices', 'seo'];
