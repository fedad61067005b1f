import { chapterIds, type ChapterId } from '../data/taxonomy';
import type { ChapterData } from '../schemas/chapter';
import { withBase } from './url';

/** A chapter entry as the content collection returns it. */
export interface ChapterEntry {
  id: string;
  data: ChapterData;
}

/** A chapter's place in the paper: the place of its id in `chapterIds`. */
function placeOf(entry: ChapterEntry): number {
  const place = chapterIds.indexOf(entry.id as ChapterId);
  if (place === -1) throw new Error(`Chapter „${entry.id}“ is not in chapterIds (src/data/taxonomy.ts)`);
  return place;
}

/** The chapters in the paper's order, the order of `chapterIds` in `src/data/taxonomy.ts`. */
export function inOrder<T extends ChapterEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => placeOf(a) - placeOf(b));
}

/** URL of a chapter page, optionally with an anchor. */
export function chapterHref(id: string, anchor?: string): string {
  return withBase(`/leitfaden/${id}/`) + (anchor ? `#${anchor}` : '');
}

/** Short title for navigation. */
export function navTitle(entry: ChapterEntry): string {
  return entry.data.navTitle ?? entry.data.title;
}

/** The chapters before and after `id`, for previous/next links. */
export function neighbours<T extends ChapterEntry>(
  ordered: readonly T[],
  id: string,
): { prev?: T; next?: T } {
  const index = ordered.findIndex((entry) => entry.id === id);
  const prev = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}

/** The chapter a sub-chapter belongs to (its `part`), or `undefined` for a chapter of its own. */
export function partChapter<T extends ChapterEntry>(
  chapters: readonly T[],
  entry: ChapterEntry,
): T | undefined {
  if (entry.data.part === undefined) return undefined;
  const part = chapters.find((chapter) => chapter.id === entry.data.part);
  if (!part) throw new Error(`Chapter „${entry.id}“: no chapter „${entry.data.part}“ (part)`);
  return part;
}
