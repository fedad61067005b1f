import { z } from 'astro/zod';

/**
 * Frontmatter of a page's prose in `src/content/pages/<page>.mdx` (the audience and trust pages); the file name is
 * the page's address. The page's title is a UI text in `src/i18n/`, shared with the navigation that links to it.
 */
export const pageSchema = z.strictObject({
  /** One or two sentences for search results and the page description. */
  description: z.string().min(1),
});

export type PageData = z.infer<typeof pageSchema>;
