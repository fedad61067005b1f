import { z } from 'astro/zod';
import { chapterIds } from '../data/taxonomy';

/**
 * Frontmatter of a chapter page in `src/content/leitfaden/<chapter-id>.mdx`. The chapter's place in the paper
 * is the place of its id in `chapterIds` (`src/data/taxonomy.ts`), stated nowhere else.
 */
export const chapterSchema = z.strictObject({
  /** The chapter heading as the paper has it (sentence case). */
  title: z.string().min(1),
  /** Shorter title for navigation, breadcrumbs and filters, where the heading is long. */
  navTitle: z.string().min(1).optional(),
  /** The chapter this one is a sub-chapter of, by id (e.g. `befragung` for the survey results); its title is shown. */
  part: z.enum(chapterIds).optional(),
  /** One or two sentences for search results and the page description. */
  description: z.string().min(1),
  /** A short summary in plain language (Einfache Sprache) by the site's editors, shown in a box „Kurz gesagt“ at the top. */
  summary: z.string().min(1).optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;
