import GithubSlugger from 'github-slugger';
import { itemKinds } from '../data/taxonomy';
import { tPassage as t, type PassageKey } from '../i18n/de-passages';
import type { Item } from '../schemas/item';
import type { Passage } from '../schemas/selfcheck';

/** The longest item text a link may quote in full as its name; a longer item is named by its section. */
const QUOTABLE = 160;

/** „Erste Empfehlung …“: which of several items of one kind in a list; from the eleventh on as a number. */
const ordinalKeys = [
  'passage.ordinal.1',
  'passage.ordinal.2',
  'passage.ordinal.3',
  'passage.ordinal.4',
  'passage.ordinal.5',
  'passage.ordinal.6',
  'passage.ordinal.7',
  'passage.ordinal.8',
  'passage.ordinal.9',
  'passage.ordinal.10',
] as const satisfies readonly PassageKey[];
const ordinal = (index: number): string => {
  const key = ordinalKeys[index];
  return key === undefined ? t('passage.ordinalNumber', { n: index + 1 }) : t(key);
};

/** Headings that name a kind of list rather than a topic („Empfehlungen“): a section is named by the one above. */
const generic = /^(Empfehlungen|Hinweis|Beispiel)\b/;

/** A chapter's headings in order, with their ids as Astro gives them, and the topic heading above each item group. */
export interface ChapterOutline {
  /** Heading text by id (the anchor on the chapter page). */
  headings: Map<string, string>;
  /** For each `<Items group="…">`, the nearest heading above it that names a topic. */
  groupSection: Map<string, string>;
}

/** Heading text as the reader sees it: MDX escapes, emphasis, links and code marks removed. */
const plain = (markdown: string): string =>
  markdown
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replaceAll('`', '');

/**
 * Reads a chapter's MDX body line by line: its headings (ids slugged as Astro does) and its item groups; a group
 * above the first topic heading belongs to the chapter, whose `title` is the page's own heading.
 */
export function chapterOutline(body: string, title: string): ChapterOutline {
  const slugger = new GithubSlugger();
  const headings = new Map<string, string>();
  const groupSection = new Map<string, string>();
  let topic = title;
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const text = plain(heading);
      headings.set(slugger.slug(text), text);
      if (!generic.test(text)) topic = text;
      continue;
    }
    const group = /<Items\s[^>]*?group="([^"]*)"/.exec(line)?.[1];
    if (group !== undefined) groupSection.set(group, topic);
  }
  return { headings, groupSection };
}

/**
 * What a link to a passage of the paper is called: a heading's text; an item's kind and text when it is short
 * enough to quote whole; otherwise which item of its kind it is in the section it stands in („Zweite Empfehlung im
 * Abschnitt „…““), so that links in one step never share a name and never quote a fragment.
 */
export function passageTitle(passage: Passage, outline: ChapterOutline, items: readonly Item[]): string {
  const heading = outline.headings.get(passage.anchor);
  if (heading !== undefined) return heading;
  const item = items.find((candidate) => candidate.id === passage.anchor);
  if (item === undefined)
    throw new Error(`No heading or item „${passage.anchor}“ in chapter „${passage.chapter}“`);
  const kind = itemKinds[item.kind].one;
  if (item.text.length <= QUOTABLE) return t('passage.quoted', { kind, text: item.text });
  const section = outline.groupSection.get(item.group);
  if (section === undefined) throw new Error(`Item „${item.id}“: its group is not on its chapter page`);
  const sameKind = items.filter(
    (other) => other.group === item.group && other.kind === item.kind && other.parent === undefined,
  );
  if (sameKind.length <= 1) return t('passage.inSection', { kind, section });
  return t('passage.nthInSection', { ordinal: ordinal(sameKind.indexOf(item)), kind, section });
}
