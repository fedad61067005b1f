/**
 * Runs for every page as Astro renders it (at build time for this static site, on request in
 * `astro dev`): links each glossary term's first use on the page to its entry, except on the
 * glossary itself. See `src/lib/glossary-links.ts`.
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary } from './data/page-data';
import { t } from './i18n/t';
import { glossaryLinker } from './lib/glossary-links';
import { withBase } from './lib/url';

const glossaryPath = withBase('/glossar/');
const linkGlossaryTerms = glossaryLinker(getGlossary(), {
  href: (id) => `${glossaryPath}#${id}`,
  hint: t('glossary.linkHint'),
});

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isPage = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (!isPage || context.url.pathname === glossaryPath) return response;
  const html = linkGlossaryTerms(await response.text());
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
