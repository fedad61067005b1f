import { z } from 'astro/zod';

/** Frontmatter of a chapter page in `src/content/leitfaden/<chapter-id>.mdx`. */
export const chapterSchema = z.strictObject({
  /** The chapter heading as the paper has it (sentence case). */
  title: z.string().min(1),
  /** Shorter title for navigation, breadcrumbs and filters, where the heading is long. */
  navTitle: z.string().min(1).optional(),
  /** Position in the paper, 1-based. */
  order: z.number().int().positive(),
  /** Heading of the part this chapter belongs to, if it is a sub-chapter (e.g. the survey results). */
  part: z.string().min(1).optional(),
  /** One or two sentences for search results and the page description. */
  description: z.string().min(1),
  /** A short summary in plain language (Einfache Sprache) by the site's editors, shown in a box „Kurz gesagt“ at the top. */
  summary: z.string().min(1).optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;
