import { t } from '../i18n/t';
import type { GlossaryEntry } from '../schemas/glossary';
import { chapterHref } from './chapters';
import { withBase } from './url';

/**
 * The link to where a glossary term stands: its chapter (and anchor), labelled with the chapter's short
 * title from `chapterLabels` (by chapter id), or the page /quelle/.
 */
export function glossarySourceLink(
  source: GlossaryEntry['source'],
  chapterLabels: Readonly<Record<string, string>>,
): { href: string; label: string } {
  if ('page' in source) return { href: withBase('/quelle/'), label: t('footer.source') };
  return {
    href: chapterHref(source.chapter, source.anchor),
    label: chapterLabels[source.chapter] ?? source.chapter,
  };
}
