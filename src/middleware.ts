/**
 * Runs for every page as Astro renders it (at build time for this static site, on request in
 * `astro dev`): links each glossary term's first use on the page to its entry, except on the
 * glossary itself (see `src/lib/glossary-links.ts`), and moves Astro's island `<style>` out of the
 * body into the head (see `src/lib/hoist-island-styles.ts`).
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary } from './data/collections';
import { t } from './i18n/t';
import { glossaryLinker } from './lib/glossary-links';
import { hoistIslandStyles } from './lib/hoist-island-styles';
import { withBase } from './lib/url';

const glossaryPath = withBase('/glossar/');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isPage = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (!isPage) return response;
  const page = await response.text();
  // Made for each page from the collection (cached by Astro), so that `astro dev` sees an edited glossary.
  const linkGlossaryTerms = glossaryLinker(
    (await getGlossary()).filter((entry) => entry.linked),
    { href: (id) => `${glossaryPath}#${id}`, hint: t('glossary.linkHint') },
  );
  const linked = context.url.pathname === glossaryPath ? page : linkGlossaryTerms(page);
  return new Response(hoistIslandStyles(linked), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
