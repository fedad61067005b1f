/**
 * The page types the bench measures and the budgets check, one line each: a representative page of every
 * kind a reader meets. To measure a new kind of page, add one line.
 */
import { encodeShareFragment } from '../../src/lib/assessment/share-link';
import { typical } from '../../test/fixtures/assessments';

/** One kind of page, by a representative address relative to the base path. */
export interface PageType {
  /** Key in `bench/results.json` and in the budgets. */
  id: string;
  /** Address relative to the base path, with query and fragment if the state needs them. */
  path: string;
}

export const pageTypes: PageType[] = [
  { id: 'start', path: '' },
  // The longest chapter, with most charts.
  { id: 'chapter', path: 'leitfaden/befragung/' },
  { id: 'recommendations', path: 'empfehlungen/' },
  { id: 'selfcheck', path: 'selbstcheck/' },
  // The self-check's result, opened from a share link (the answers travel in the fragment).
  { id: 'result', path: `selbstcheck/${encodeShareFragment(typical)}` },
  // The workshop comparison, empty: what a facilitator's browser loads before the first file.
  { id: 'workshop', path: 'workshop/vergleich/' },
  { id: 'search', path: 'suche/' },
  { id: 'search-results', path: `suche/?q=${encodeURIComponent('Räume')}` },
];
