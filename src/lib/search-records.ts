/**
 * Search records for the parts of a chapter a reader wants to land on directly: every item of
 * `src/data/items.yaml` and every group of figures. Pagefind indexes whole pages and builds sub-results
 * only from headings, but items are list entries; so the Astro build writes each of them as a record
 * whose URL is the item's anchor in its chapter (`src/pages/daten/suche.json.ts`), and
 * `scripts/search-index.mjs` adds those to the index. The chapter pages leave these parts out of their
 * own record (`data-pagefind-ignore`), so each passage is indexed once.
 *
 * Imports the search's own text (`de-search.ts`) only; the other labels come in as arguments.
 */
import { search } from '../i18n/de-search.ts';
import type { Figure, FigureGroup } from '../schemas/figure';
import type { Item } from '../schemas/item';
import type { SelfcheckDimension } from '../schemas/selfcheck';
import { linkingAnswers } from './linked-items';

/**
 * A record as Pagefind's Node API `addCustomRecord` takes it. A figures block has a caption, its
 * `title`; an item has none, so the start of its text is its `label`, which (unlike a title) Pagefind
 * does not rank as a title match: the same words count once, in the text.
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'de';
  meta: ({ title: string } | { label: string }) & { art: string; kapitel: string };
  filters: Record<string, string[]>;
}

/** What the records need to know about the site: labels and how to link a chapter. */
export interface RecordContext {
  /** URL of a chapter page, base path included, e.g. `/leitfaden/befragung/`. */
  chapterUrl: (chapter: string) => string;
  /** Short chapter title by chapter id. */
  chapterTitle: (chapter: string) => string;
  kindLabels: Record<string, { one: string }>;
  dimensionLabels: Record<string, string>;
  audienceLabels: Record<string, string>;
}

/** Figures blocks are labelled „Befund“ in results and filters. */
export const figuresKind = search['search.kind.figures'];
/** Chapter pages are labelled „Kapitel“. */
export const chapterKind = search['search.kind.chapter'];

/** Anchor of a figures block on its chapter page (`<Figures group="raeume" … />` → `befund-raeume`). */
export function figuresAnchor(group: string): string {
  return `befund-${group}`;
}

const TITLE_LENGTH = 90;

/** The start of a text up to a word boundary, with an ellipsis if cut. */
export function shortTitle(text: string, length = TITLE_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')} …`;
}

/**
 * The self-check statements that point to each item (an option's `recommendations`, a choice's
 * `recommendationsIfMissing`, a rating statement's `recommendations`), by item id, in the catalogue's order.
 * They are the words a reader of the self-check searches with („Gremien Rederecht“), so an item's record
 * carries them, marked as coming from the self-check.
 */
export function selfcheckMentions(catalogue: readonly SelfcheckDimension[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const question of catalogue.flatMap((dimension) => dimension.questions))
    for (const { wording, itemIds } of linkingAnswers(question))
      for (const id of itemIds)
        if (!found.get(id)?.includes(wording)) found.set(id, [...(found.get(id) ?? []), wording]);
  return found;
}

/** One record per item, linking to the item's anchor, filterable by kind, chapter, dimension and audience. */
export function itemRecords(
  items: readonly Item[],
  context: RecordContext,
  mentions: ReadonlyMap<string, string[]> = new Map(),
): SearchRecord[] {
  return items.map((item) => {
    const kind = context.kindLabels[item.kind]?.one ?? item.kind;
    const chapter = context.chapterTitle(item.chapter);
    const selfcheck = (mentions.get(item.id) ?? []).map((wording) => `Im Selbstcheck: ${wording}`);
    return {
      url: `${context.chapterUrl(item.chapter)}#${item.id}`,
      content: [item.text, ...item.points, ...selfcheck].join('\n'),
      language: 'de',
      meta: { label: shortTitle(item.text), art: kind, kapitel: chapter },
      filters: {
        art: [kind],
        kapitel: [chapter],
        bereich: item.dimensions.map((id) => context.dimensionLabels[id] ?? id),
        zielgruppe: item.audiences.map((id) => context.audienceLabels[id] ?? id),
      },
    };
  });
}

/**
 * One record per group of figures (`src/data/figure-groups.yaml`), linking to `#befund-<group>`:
 * the caption as title, the figure labels and the paper's sentences as text.
 */
export function figureRecords(
  figures: readonly Figure[],
  groups: readonly FigureGroup[],
  context: RecordContext,
): SearchRecord[] {
  return groups.flatMap(({ id: group, caption }) => {
    const members = figures.filter((figure) => figure.group === group);
    const first = members[0];
    if (!first) return [];
    const chapter = context.chapterTitle(first.chapter);
    const sentences = [...new Set(members.map((figure) => figure.source))];
    return [
      {
        url: `${context.chapterUrl(first.chapter)}#${figuresAnchor(group)}`,
        content: [caption, ...members.map((figure) => figure.label), ...sentences].join('\n'),
        language: 'de' as const,
        meta: { title: caption, art: figuresKind, kapitel: chapter },
        filters: { art: [figuresKind], kapitel: [chapter] },
      },
    ];
  });
}

/** What the records are made of, as the content collections give it. */
export interface RecordData {
  items: readonly Item[];
  figures: readonly Figure[];
  figureGroups: readonly FigureGroup[];
  /** The self-check catalogue, for the statements that point to each item. */
  selfcheck: readonly SelfcheckDimension[];
}

/** Every record the index holds beside the pages: the items, then the groups of figures. */
export function searchRecords(data: RecordData, context: RecordContext): SearchRecord[] {
  return [
    ...itemRecords(data.items, context, selfcheckMentions(data.selfcheck)),
    ...figureRecords(data.figures, data.figureGroups, context),
  ];
}
