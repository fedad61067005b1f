import { t } from '../i18n/t';
import type { GlossaryEntry } from '../schemas/glossary';
import { chapterHref } from './chapters';
import { withBase } from './url';

/** The site's pages a glossary term can stand on, with their names. */
const pageLabels = { quelle: 'footer.source', selbstcheck: 'selbstcheck.title' } as const;

/**
 * The link to where a glossary term stands: its chapter (and anchor), labelled with the chapter's short
 * title from `chapterLabels` (by chapter id), or a page of the site (and anchor).
 */
export function glossarySourceLink(
  source: GlossaryEntry['source'],
  chapterLabels: Readonly<Record<string, string>>,
): { href: string; label: string } {
  if ('page' in source) {
    const anchor = source.anchor === undefined ? '' : `#${source.anchor}`;
    return { href: withBase(`/${source.page}/${anchor}`), label: t(pageLabels[source.page]) };
  }
  return {
    href: chapterHref(source.chapter, source.anchor),
    label: chapterLabels[source.chapter] ?? source.chapter,
  };
}
