import type { FilterCounts, SelectedFilters } from '../lib/search-filters';
import { bestSpelling } from '../lib/search-query';
import type { SearchRecord } from '../lib/search-records';

/**
 * A result as Pagefind's `data()` returns it, with the meta the build writes (see scripts/search-index.mjs);
 * pages indexed from their HTML may lack some of it.
 */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Partial<SearchRecord['meta']>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

interface PagefindResponse {
  results: { id: string; data(): Promise<SearchHit> }[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search uses. */
interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindResponse>;
}

/** The outcome of one search. */
export interface SearchOutcome {
  /** The query as searched, after choosing spellings („Raeume“ → „Räume“). */
  query: string;
  total: number;
  hits: SearchHit[];
  /** Results per filter value for this query and the other selected filters. */
  counts: FilterCounts;
}

let loaded: Promise<{ pagefind: Pagefind; filters: FilterCounts }> | undefined;

/** Loads Pagefind's script, WebAssembly and index metadata once; called when search is opened. */
function load(bundle: string) {
  loaded ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24 });
    await pagefind.init();
    // Loads the filter index; without it, searches report no counts per filter value.
    const filters = await pagefind.filters();
    return { pagefind, filters };
  })();
  return loaded;
}

/** Starts loading search, so the index is ready by the time the first word is typed. */
export async function loadPagefind(bundle: string): Promise<void> {
  await load(bundle);
}

/** Every value of every filter in the index, with its number of records. */
export async function availableFilters(bundle: string): Promise<FilterCounts> {
  return (await load(bundle)).filters;
}

/** Searches `query` with the selected filters and loads the data of the first `limit` results. */
export async function search(
  bundle: string,
  query: string,
  selected: SelectedFilters,
  limit: number,
): Promise<SearchOutcome> {
  const { pagefind } = await load(bundle);
  const countOf = async (word: string) => (await pagefind.search(word)).results.length;
  const spelled = await bestSpelling(query, countOf);
  const filters = Object.fromEntries(
    Object.entries(selected)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const response = await pagefind.search(spelled, { filters });
  const hits = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { query: spelled, total: response.results.length, hits, counts: response.filters };
}
