import type { RecordFilters } from '../lib/search-filters';
import type { SubResult } from '../lib/search-sections';
import { synonymMap, type SynonymMap } from '../lib/search-synonyms';
import { Vocabulary, type VocabularyData } from '../lib/search-vocabulary';

/**
 * Pagefind in the browser (`/pagefind/pagefind.js`, its worker, WebAssembly and index) and the query
 * side's data written beside it at index time (`words.json`, `records.json`), loaded once, on the
 * first search.
 */

/** A record's data as Pagefind's `data()` returns it, with the meta the build writes. */
export interface PagefindData {
  url: string;
  content: string;
  meta: Partial<{ title: string; label: string; art: string; kapitel: string }>;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  sub_results: SubResult[];
}

/** One result of a Pagefind search. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the record's text. */
  words: number[];
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's browser API the search uses. */
export interface Pagefind {
  options(options: { baseUrl: string; ranking?: { termSimilarity?: number } }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** What a search needs, loaded. */
export interface SearchRuntime {
  pagefind: Pagefind;
  vocabulary: Vocabulary;
  synonyms: SynonymMap;
  records: RecordFilters;
}

/**
 * Pagefind's ranking, with one change: matches of much longer words count far less (default 1), so
 * that „Verein“ finds „Vereine“ before „Vereinbarungen“ (Pagefind matches query words as prefixes).
 */
const RANKING = { termSimilarity: 6 };

let loaded: Promise<SearchRuntime> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  return (await response.json()) as T;
}

/** Loads Pagefind (from `bundle`, its script) and the query side's data, once; a failed load is retried. */
export function loadRuntime(bundle: string): Promise<SearchRuntime> {
  loaded ??= (async () => {
    const folder = bundle.replace(/[^/]*$/, '');
    const [pagefind, words, records] = await Promise.all([
      import(/* @vite-ignore */ bundle) as Promise<Pagefind>,
      fetchJson<VocabularyData>(`${folder}words.json`),
      fetchJson<RecordFilters>(`${folder}records.json`),
    ]);
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, ranking: RANKING });
    await pagefind.init();
    return { pagefind, vocabulary: new Vocabulary(words), synonyms: synonymMap(words.synonyms), records };
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/**
 * The results of one planned term. A phrase of the paper („sprachliche Hürden“) must occur as written:
 * Pagefind's exact search finds where, its plain search scores them, and the score is shared among
 * the phrase's words, so a phrase does not outweigh a single word by its length.
 */
export async function searchTerm(pagefind: Pagefind, text: string): Promise<PagefindResult[]> {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 2 || text.startsWith('"')) return (await pagefind.search(text)).results;
  const [exact, scored] = await Promise.all([pagefind.search(`"${text}"`), pagefind.search(text)]);
  const where = new Map(exact.results.map((result) => [result.id, result.words]));
  return scored.results.flatMap((result) => {
    const found = where.get(result.id);
    return found
      ? [{ id: result.id, score: result.score / words, words: found, data: () => result.data() }]
      : [];
  });
}
