import { getCollection, type CollectionEntry } from 'astro:content';
import { inOrder, navTitle } from '../lib/chapters';
import { chapterOutline, type ChapterOutline } from '../lib/passage-titles';
import type { ChapterId } from './taxonomy';
import type { Figure, FigureGroup } from '../schemas/figure';
import type { GlossaryEntry } from '../schemas/glossary';
import type { Item } from '../schemas/item';
import type { SelfcheckDimension } from '../schemas/selfcheck';

const byPosition = (a: { data: { position: number } }, b: { data: { position: number } }) =>
  a.data.position - b.data.position;

/** All items in the paper's order. */
export async function getItems(): Promise<Item[]> {
  return (await getCollection('items')).sort(byPosition).map((entry) => entry.data);
}

/** All survey figures in the paper's order. */
export async function getFigures(): Promise<Figure[]> {
  return (await getCollection('figures')).sort(byPosition).map((entry) => entry.data);
}

/** The groups of survey figures in the paper's order, each with its caption. */
export async function getFigureGroups(): Promise<FigureGroup[]> {
  return (await getCollection('figureGroups')).sort(byPosition).map((entry) => entry.data);
}

/** All chapters in the paper's order. */
export async function getChapters(): Promise<CollectionEntry<'leitfaden'>[]> {
  return inOrder(await getCollection('leitfaden'));
}

/** Short chapter titles by chapter id, in the paper's order, for filters and item labels. */
export async function getChapterLabels(): Promise<Record<string, string>> {
  return Object.fromEntries((await getChapters()).map((entry) => [entry.id, navTitle(entry)]));
}

/** The self-check catalogue: dimensions with levels, benchmarks and questions, in taxonomy order. */
export async function getSelfcheck(): Promise<SelfcheckDimension[]> {
  return (await getCollection('selfcheck')).sort(byPosition).map((entry) => entry.data);
}

/** Each chapter's headings and the section above each item group, for naming links to passages. */
export async function getChapterOutlines(): Promise<Map<ChapterId, ChapterOutline>> {
  return new Map(
    (await getChapters()).map((entry) => [
      entry.id as ChapterId,
      chapterOutline(entry.body ?? '', entry.data.title),
    ]),
  );
}

/** The glossary, in the file's (alphabetical) order. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).sort(byPosition).map((entry) => entry.data);
}
