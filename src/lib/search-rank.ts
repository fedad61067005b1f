/**
 * Merges the Pagefind searches of a query plan into one ranking. Every word is optional: a record's
 * score is the sum over the query's words of its best weighted term score (Pagefind's BM25 score for
 * that term), multiplied by its coverage, the share of the query's information (the inverse document
 * frequency of each word) it matches, and by the share its best passage matches (`search-passage.ts`).
 * So a record matching all words comes first, one missing only a common word („Zusammenarbeit“) stays
 * close, and one missing the rare, telling word falls back; a long page whose words of the query stand
 * in different sections ranks after a passage that holds them together; and a query never ends empty
 * while one of its words has hits.
 */
import { bestPassage } from './search-passage';

/** The results of one Pagefind search, for one word of the query. */
export interface TermResults {
  /** Index of the query word the term belongs to; -1 for the whole query, a bonus outside the coverage. */
  word: number;
  weight: number;
  /** Pagefind's results: score, and the positions of the matched words in the record's text. */
  hits: readonly { id: string; score: number; words?: readonly number[] }[];
}

/** A record's share of the ranking: which term gave its best score for a word. */
export interface Contribution {
  /** Index into the `TermResults` passed to `rankRecords`. */
  term: number;
  word: number;
  /** The term's weighted score for this record. */
  score: number;
}

/** A record in the merged ranking. */
export interface RankedRecord {
  id: string;
  score: number;
  /** Share of the query's information matched, 0 to 1. */
  coverage: number;
  /** Share of the query's information matched by the record's best passage, 0 to `coverage`. */
  passage: number;
  /** The best term per matched word, best first. */
  contributions: Contribution[];
}

/** The `word` of a search for the whole query as typed, stop words included. */
export const WHOLE_QUERY = -1;

/** Inverse document frequency as Pagefind computes it (BM25). */
export function idf(totalRecords: number, recordsWithWord: number): number {
  return Math.log(1 + (totalRecords - recordsWithWord + 0.5) / (recordsWithWord + 0.5));
}

/**
 * Ranks all records found by any term; `totalRecords` is the size of the index, `prior` a factor per
 * record (1 unless given).
 */
export function rankRecords(
  results: readonly TermResults[],
  totalRecords: number,
  prior: (id: string) => number = () => 1,
): RankedRecord[] {
  const best = new Map<string, Map<number, Contribution>>();
  const recordsPerWord = new Map<number, Set<string>>();
  // Where each word matched in each record; without the positions of every term, a record's passage is its whole text.
  const positions = new Map<string, Map<number, number[]>>();
  const unplaced = new Set<string>();
  results.forEach(({ word, weight, hits }, term) => {
    const found = recordsPerWord.get(word) ?? new Set<string>();
    if (word !== WHOLE_QUERY) recordsPerWord.set(word, found);
    for (const { id, score, words } of hits) {
      found.add(id);
      if (word !== WHOLE_QUERY && !words) unplaced.add(id);
      if (word !== WHOLE_QUERY && words) {
        const at = positions.get(id) ?? new Map<number, number[]>();
        positions.set(id, at.set(word, [...(at.get(word) ?? []), ...words]));
      }
      const byWord = best.get(id) ?? new Map<number, Contribution>();
      best.set(id, byWord);
      const weighted = weight * score;
      if ((byWord.get(word)?.score ?? -Infinity) < weighted)
        byWord.set(word, { term, word, score: weighted });
    }
  });
  // Words nothing matched neither add to nor take from the coverage.
  const information = new Map(
    [...recordsPerWord]
      .filter(([, ids]) => ids.size > 0)
      .map(([word, ids]) => [word, idf(totalRecords, ids.size)]),
  );
  const total = [...information.values()].reduce((sum, value) => sum + value, 0);
  const ranked = [...best].map(([id, byWord]): RankedRecord => {
    const contributions = [...byWord.values()].sort((a, b) => b.score - a.score);
    const matched = contributions.reduce((sum, { word }) => sum + (information.get(word) ?? 0), 0);
    const coverage = total > 0 ? matched / total : 1;
    const locations = unplaced.has(id) ? undefined : positions.get(id);
    const passage = locations ? Math.min(coverage, bestPassage(locations, information, total)) : coverage;
    const base = contributions.reduce((sum, { score }) => sum + score, 0);
    return { id, score: prior(id) * base * coverage * passage, coverage, passage, contributions };
  });
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
