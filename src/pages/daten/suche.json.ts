import type { APIRoute } from 'astro';
import {
  getChapterLabels,
  getFigureGroups,
  getFigures,
  getItems,
  getSelfcheck,
} from '../../data/collections';
import { audiences, dimensions, itemKinds } from '../../data/taxonomy';
import { searchRecords } from '../../lib/search-records';

/**
 * The search records of the items and groups of figures (`src/lib/search-records.ts`) as one JSON file,
 * `/daten/suche.json`, for the build alone: `scripts/search-index.mjs` adds them to Pagefind's index and then
 * deletes the file, so it is never deployed.
 */
export const GET: APIRoute = async () => {
  const chapterTitles = await getChapterLabels();
  const records = searchRecords(
    {
      items: await getItems(),
      figures: await getFigures(),
      figureGroups: await getFigureGroups(),
      selfcheck: await getSelfcheck(),
    },
    {
      // Site-relative, like the URLs Pagefind gives the HTML pages; the browser adds the base path.
      chapterUrl: (id) => `/leitfaden/${id}/`,
      chapterTitle: (id) => chapterTitles[id] ?? id,
      kindLabels: itemKinds,
      dimensionLabels: dimensions,
      audienceLabels: audiences,
    },
  );
  return new Response(JSON.stringify(records), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
