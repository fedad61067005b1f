/**
 * Synonyms: the words people type mapped to the paper's words (`src/data/synonyms.yaml`). Prepared at
 * index time into pairs of lookup keys (the users' words folded and roughly stemmed, so that any
 * inflection finds them: „Zuschüsse“ as „Zuschuss“) and the paper's terms, stored with the vocabulary.
 * Also runs in Node at index time, without a bundler, so its imports name their `.ts` files.
 */
import type { SynonymEntry } from '../schemas/synonyms';
import { fold, roughStem } from './search-words.ts';

/** The synonyms as stored in `words.json`: per entry, its lookup keys and the paper's terms. */
export type StoredSynonyms = [keys: string[], terms: string[]][];

/** The synonyms as the query side looks them up: lookup key → the paper's terms. */
export type SynonymMap = ReadonlyMap<string, readonly string[]>;

/** The lookup key of a word: folded and roughly stemmed. */
export function synonymKey(word: string): string {
  return roughStem(fold(word));
}

/** The entries of `synonyms.yaml` as stored: each word's lookup key once, the paper's terms as written. */
export function prepareSynonyms(entries: readonly SynonymEntry[]): StoredSynonyms {
  return entries.map((entry) => [[...new Set(entry.words.map(synonymKey))], [...entry.paper]]);
}

/** The lookup map; a key in several entries leads to the terms of all of them, each once, in file order. */
export function synonymMap(stored: StoredSynonyms): SynonymMap {
  const map = new Map<string, string[]>();
  for (const [keys, terms] of stored)
    for (const key of keys) {
      const known = map.get(key) ?? [];
      map.set(key, [...known, ...terms.filter((term) => !known.includes(term))]);
    }
  return map;
}

/** The paper's terms for a folded query word, or none. */
export function synonymsOf(map: SynonymMap, key: string): readonly string[] {
  return map.get(roughStem(key)) ?? [];
}
