import type { ChapterData } from '../schemas/chapter';
import { withBase } from './url';

/** A chapter entry as the content collection returns it. */
export interface ChapterEntry {
  id: string;
  data: ChapterData;
}

/** The chapters in the paper's order. */
export function inOrder<T extends ChapterEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
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

/** The chapter a sub-chapter belongs to: the one whose title is the sub-chapter's `part`. */
export function partChapter<T extends ChapterEntry>(chapters: readonly T[], entry: ChapterEntry): T {
  const part = chapters.find((chapter) => chapter.data.title === entry.data.part);
  if (!part) throw new Error(`Chapter „${entry.id}“: no chapter titled „${String(entry.data.part)}“ (part)`);
  return part;
}
