/** Longest document title that still shows whole in a browser tab or a search result (html-validate's limit). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The document title: page first, then the site, so tabs and bookmarks tell pages apart.
 * A page title too long to carry the site name stands alone.
 */
export function documentTitle(page: string, site: string): string {
  if (page === site) return site;
  const full = `${page} – ${site}`;
  return full.length <= MAX_TITLE_LENGTH ? full : page;
}
