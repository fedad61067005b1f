/** A heading as `render()` reports it for an MDX entry. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a chapter's table of contents, with the sub-sections below it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Headings that only introduce a list of items; a table of contents full of them would say nothing. */
const LIST_HEADINGS = new Set(['Empfehlungen', 'Hinweis']);

/**
 * Builds a two-level table of contents from a chapter's `##` and `###` headings.
 * Deeper headings, the headings of item lists and the footnote heading are left out.
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (slug === 'footnote-label' || LIST_HEADINGS.has(text)) continue;
    if (depth === 2) toc.push({ slug, text, children: [] });
    else if (depth === 3) toc.at(-1)?.children.push({ slug, text, children: [] });
  }
  return toc;
}
