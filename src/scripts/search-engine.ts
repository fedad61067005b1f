import { excerpt, type ExcerptPart, type WordLocation } from '../lib/search-excerpt';
import {
  allFilterValues,
  facetCounts,
  matchesFilters,
  type FilterCounts,
  type SelectedFilters,
} from '../lib/search-filters';
import { PASSAGE_LENGTH } from '../lib/search-passage';
import { planQuery, type QueryPlan } from '../lib/search-plan';
import { rankRecords, WHOLE_QUERY, type RankedRecord, type TermResults } from '../lib/search-rank';
import { rankSections, type Section } from '../lib/search-sections';
import { stopwords } from '../lib/search-stopwords';
import { fold } from '../lib/search-words';
import { loadRuntime, searchTerm, type PagefindData, type PagefindResult } from './search-pagefind';

/**
 * The search behind the dialog and /suche/: plans a query with the index's vocabulary and the synonyms
 * (`src/lib/search-plan.ts`), runs one Pagefind search per planned term, merges them into one ranking
 * (`src/lib/search-rank.ts`), filters and counts with the records' filter values, and loads the data of
 * the results shown.
 */

/** A result as the results list shows it. */
export interface SearchHit {
  url: string;
  title: string;
  /** Kind and chapter of an item or figures block; absent on pages indexed from their HTML. */
  kind?: string | undefined;
  chapter?: string | undefined;
  excerpt: ExcerptPart[];
  /** Sections of a page hit, best-matching first. */
  sections: Section[];
}

/** The outcome of one search. */
export interface SearchOutcome {
  total: number;
  hits: SearchHit[];
  /** Results per filter value for this query and the other selected filters. */
  counts: FilterCounts;
  /** The query with typos corrected, for „Meinten Sie …?“. */
  suggestion?: string | undefined;
}

/**
 * The paper is the authority: its records (chapters, items and figures blocks, which have a kind)
 * rank before the site's own pages (ways in, glossary, legal pages) that quote or explain it.
 */
const SITE_PAGE_WEIGHT = 0.7;

/** How much finding the whole query as typed adds, relative to a word of it. */
const WHOLE_QUERY_WEIGHT = 0.5;

/** Words of an excerpt: one passage, as long as the ranking counts it. */
const EXCERPT_LENGTH = PASSAGE_LENGTH;

/** Starts loading search, so the index is ready by the time the first word is typed. */
export async function loadSearch(bundle: string): Promise<void> {
  await loadRuntime(bundle);
}

/** Every value of every filter in the index, with its number of records. */
export async function availableFilters(bundle: string): Promise<FilterCounts> {
  return allFilterValues((await loadRuntime(bundle)).records);
}

/** One use of a Pagefind search for a word of the query. */
interface TermUse {
  word: number;
  weight: number;
  literal: boolean;
}

/** The planned terms as Pagefind searches: each distinct text once, with the words it serves. */
function termsOf(plan: QueryPlan): { text: string; uses: TermUse[] }[] {
  if (plan.exact) return [{ text: plan.exact, uses: [{ word: 0, weight: 1, literal: true }] }];
  const byText = new Map<string, { text: string; uses: TermUse[] }>();
  plan.words.forEach(({ terms }, word) => {
    for (const { text, weight, reason } of terms) {
      const key = fold(text);
      const entry = byText.get(key) ?? { text, uses: [] };
      entry.uses.push({ word, weight, literal: reason !== 'synonym' && reason !== 'prefix' });
      byText.set(key, entry);
    }
  });
  return [...byText.values()];
}

/** The terms whose data a hit shows: every term that matched the record, strongest first. */
const MAX_TERMS_PER_HIT = 8;

/**
 * Loads what a ranked record shows: the data of each term that matched it, merged into one hit, its
 * excerpt marking all of them and its sections ranked over all of them.
 */
async function hitOf(
  record: RankedRecord,
  searches: readonly (TermUse & { results: PagefindResult[] })[],
): Promise<SearchHit> {
  const matching = searches
    .flatMap((search) => {
      const result = search.results.find((candidate) => candidate.id === record.id);
      return result ? [{ ...search, result }] : [];
    })
    .sort((a, b) => b.weight * b.result.score - a.weight * a.result.score)
    .slice(0, MAX_TERMS_PER_HIT);
  const parts: (TermUse & { data: PagefindData })[] = [];
  // One after another: without a web worker Pagefind hands out one shared object per record.
  for (const { result, ...use } of matching) {
    const data = await result.data();
    parts.push({
      ...use,
      data: { ...data, weighted_locations: [...data.weighted_locations], sub_results: [...data.sub_results] },
    });
  }
  const main = parts[0]?.data;
  if (!main) throw new Error(`No data for search result ${record.id}`);
  // Matches of a phrase's small words („und“ in „Arbeits- und Wirtschaftsförderung“) stay unmarked.
  const words = main.content.split(/[^\S\uFEFF]+/).map((word) => fold(word.replace(/[^\p{L}\p{N}]/gu, '')));
  const locations: WordLocation[] = parts.flatMap(({ weight, literal, data }) =>
    data.weighted_locations
      .filter(({ location }) => !stopwords.has(words[location] ?? ''))
      // The excerpt prefers the passage with the user's own words over one with synonyms only.
      .map(({ location, balanced_score }) => ({
        location,
        weight: weight * (literal ? 2 : 1) * balanced_score,
      })),
  );
  return {
    url: main.url,
    title: main.meta.title ?? main.meta.label ?? main.url,
    kind: main.meta.art,
    chapter: main.meta.kapitel,
    excerpt: excerpt(main.content, locations, EXCERPT_LENGTH),
    sections: rankSections(
      main.url,
      parts.map(({ word, weight, literal, data }) => ({
        word,
        weight,
        literal,
        subResults: data.sub_results,
      })),
    ),
  };
}

/** Searches `query` with the selected filters and loads the first `limit` results. */
export async function search(
  bundle: string,
  query: string,
  selected: SelectedFilters,
  limit: number,
): Promise<SearchOutcome> {
  const { pagefind, vocabulary, synonyms, records } = await loadRuntime(bundle);
  const plan = planQuery(query, vocabulary, synonyms);
  const terms = termsOf(plan);
  // Records holding every typed word, „Wer“ and „nicht“ included, come closest to the question.
  const whole = !plan.exact && plan.ignored.length > 0 ? pagefind.search(query) : undefined;
  const results = await Promise.all(terms.map(({ text }) => searchTerm(pagefind, text)));
  const searches = terms.flatMap(({ uses }, index) =>
    uses.map((use) => ({ ...use, results: results[index] ?? [] })),
  );
  const termResults: TermResults[] = searches.map(({ word, weight, results: hits }) => ({
    word,
    weight,
    hits,
  }));
  if (whole) termResults.push({ word: WHOLE_QUERY, weight: WHOLE_QUERY_WEIGHT, hits: (await whole).results });
  const ranked = rankRecords(termResults, Object.keys(records).length, (id) =>
    records[id]?.['art'] ? 1 : SITE_PAGE_WEIGHT,
  );
  const kept = ranked.filter((record) => matchesFilters(records[record.id], selected));
  const hits = await Promise.all(kept.slice(0, limit).map((record) => hitOf(record, searches)));
  return {
    total: kept.length,
    hits,
    counts: facetCounts(
      ranked.map((record) => record.id),
      records,
      selected,
    ),
    suggestion: plan.suggestion,
  };
}
