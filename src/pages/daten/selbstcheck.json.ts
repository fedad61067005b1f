import type { APIRoute } from 'astro';
import { getChapterOutlines, getFigures, getItems, getSelfcheck } from '../../data/collections';
import { selfcheckData } from '../../lib/selfcheck/island-data';

/**
 * The self-check's data as one static JSON file (`/daten/selbstcheck.json`): the catalogue, the quotes of the
 * items a result can show, the survey standings and the passage titles. The self-check and the workshop comparison
 * fetch it, so that neither page carries it in its HTML and a second page reads it from the browser's cache.
 */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      selfcheckData(await getSelfcheck(), await getItems(), await getFigures(), await getChapterOutlines()),
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
