/**
 * Build steps for going live: lists the unfilled fields of `src/data/site-config.ts` at the start of every
 * build and fails a production build (`REQUIRE_CONFIG=1`) while there are any; writes `sitemap.xml` and
 * `robots.txt` when the public origin is known (`SITE`), and neither when it is not. Under a sub-path only
 * the sitemap: crawlers read robots.txt at the origin's root alone, which belongs to the host.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../data/site-config';
import { pageUrls, robotsTxt, sitemapXml } from '../lib/site-files';
import { unfilledFields } from '../lib/unfilled-config';

interface Options {
  /** The public origin, e.g. `https://www.example.de`; `undefined` when `SITE` is not set. */
  site: string | undefined;
  /** The base path the site is built for, e.g. `/leitfaden/`. */
  base: string;
  /** Whether unfilled fields fail the build (`REQUIRE_CONFIG=1`). */
  requireConfig: boolean;
}

export function deployChecks({ site, base, requireConfig }: Options): AstroIntegration {
  return {
    name: 'mo-leitfaden:deploy-checks',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const unfilled = unfilledFields(siteConfig);
        if (unfilled.length === 0) return;
        const message = `src/data/site-config.ts: ${String(unfilled.length)} field(s) still hold a placeholder: ${unfilled.join(', ')}`;
        if (requireConfig) {
          throw new Error(
            `${message}. Fill them in before going live, or build without REQUIRE_CONFIG=1 for a preview.`,
          );
        }
        logger.warn(`${message}. A production build (REQUIRE_CONFIG=1) fails until they are filled in.`);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (site === undefined) {
          logger.info('SITE is not set: no sitemap.xml and robots.txt.');
          return;
        }
        const urls = pageUrls(
          pages.map((page) => page.pathname).filter((pathname) => !/^\/?404\/?$/.test(pathname)),
          site,
          base,
        );
        const sitemapUrl = new URL('sitemap.xml', pageUrls([''], site, base)[0]).href;
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls));
        logger.info(`sitemap.xml: ${String(urls.length)} pages at ${sitemapUrl}`);
        // Crawlers read robots.txt only at the origin's root; under a sub-path that file is the host's.
        if (base === '/' || base === '') {
          await writeFile(new URL('robots.txt', dir), robotsTxt(sitemapUrl));
          logger.info('robots.txt written.');
        } else {
          logger.info(
            `No robots.txt under ${base}: add "Sitemap: ${sitemapUrl}" to the one at ${site}/robots.txt.`,
          );
        }
      },
    },
  };
}
