/**
 * The files for search engines that a deployed site carries: `sitemap.xml` with the address of every
 * page and `robots.txt` pointing to it. Both need the public origin (`SITE`), so they are only written
 * when it is set (see `src/integrations/deploy-checks.ts`).
 */

/** Escapes the characters XML does not allow in text. */
const xmlText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Absolute addresses of pages, from their paths relative to the base path (`''`, `leitfaden/`); sorted. */
export function pageUrls(pathnames: string[], site: string, base: string): string[] {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return [...new Set(pathnames.map((pathname) => new URL(pathname.replace(/^\//, ''), root).href))].sort();
}

/** A sitemap (sitemaps.org protocol 0.9) listing `urls`. */
export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `  <url><loc>${xmlText(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** A robots.txt that lets every crawler read every page and names the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
