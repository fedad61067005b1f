/**
 * The index's vocabulary: every word of the indexed texts, built at index time by
 * `scripts/search-index.mjs` from Pagefind's own fragments and fetched with the search as
 * `pagefind/words.json`. The query side looks words up in it before Pagefind sees them, so that an
 * unknown word is corrected, split or shortened on purpose instead of collapsing to whatever indexed
 * word happens to be its longest prefix. Stored as:
 *
 * ```json
 * { "words": ["Abbau", "abends", …], "docs": [2, 3, …], "synonyms": [[["zuschuss", …], ["Förderung", …]], …] }
 * ```
 *
 * `words` holds the most frequent spelling of each folded word, sorted by folded form; `docs` the number
 * of records containing it; `synonyms` the prepared `src/data/synonyms.yaml` (see `search-synonyms.ts`).
 * Also runs in Node at index time, without a bundler, so its imports name their `.ts` files.
 */
import { allowedTypos, editDistance } from './search-edit-distance.ts';
import type { StoredSynonyms } from './search-synonyms.ts';
import { fold, pagefindStem, roughStem, words as wordsOf } from './search-words.ts';

/** The vocabulary as stored in `words.json`. */
export interface VocabularyData {
  words: string[];
  docs: number[];
  synonyms: StoredSynonyms;
}

/** One known word. */
export interface KnownWord {
  /** The word as the paper spells it most often. */
  word: string;
  /** Folded form, the key it is found by. */
  key: string;
  /** Number of records containing it. */
  docs: number;
}

/**
 * Builds the stored vocabulary from the indexed texts, one text per record; words of one letter are
 * left out. `synonyms` is passed through.
 */
export function buildVocabulary(texts: Iterable<string>, synonyms: StoredSynonyms = []): VocabularyData {
  const docs = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const word of wordsOf(text)) {
      if (word.length < 2) continue;
      const key = fold(word);
      const forms = spellings.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      spellings.set(key, forms);
      seen.add(key);
    }
    for (const key of seen) docs.set(key, (docs.get(key) ?? 0) + 1);
  }
  const keys = [...docs.keys()].sort();
  const commonest = (key: string) =>
    [...(spellings.get(key) ?? [])].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]?.[0] ?? key;
  return { words: keys.map(commonest), docs: keys.map((key) => docs.get(key) ?? 0), synonyms };
}

/** Index of the first key in sorted `keys` that is not smaller than `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] ?? '') < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Shortest head a compound may have in front of a known word („Projekt“ of „Projektzuschüsse“). */
const MIN_HEAD = 2;
/** Shortest part a compound is split into or found by. */
const MIN_PART = 4;

/** Lookups in the vocabulary; all take folded words (see `fold`). */
export class Vocabulary {
  readonly #entries: KnownWord[];
  readonly #keys: string[];
  readonly #byKey: Map<string, KnownWord>;

  constructor(data: VocabularyData) {
    this.#entries = data.words
      .map((word, index) => ({ word, key: fold(word), docs: data.docs[index] ?? 0 }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.#keys = this.#entries.map((entry) => entry.key);
    this.#byKey = new Map(this.#entries.map((entry) => [entry.key, entry]));
  }

  /** The known word with exactly this folded form. */
  get(key: string): KnownWord | undefined {
    return this.#byKey.get(key);
  }

  /** Known words starting with `prefix`, the prefix itself included if known. */
  startingWith(prefix: string): KnownWord[] {
    const found: KnownWord[] = [];
    for (let i = lowerBound(this.#keys, prefix); i < this.#keys.length; i += 1) {
      const entry = this.#entries[i];
      if (!entry?.key.startsWith(prefix)) break;
      found.push(entry);
    }
    return found;
  }

  /**
   * Whether Pagefind will find the word: it is known, or a known word starts with it or with its stem
   * (Pagefind matches the stem of a query word as a prefix of indexed words).
   */
  finds(key: string): boolean {
    return this.startingWith(key).length > 0 || this.startingWith(pagefindStem(key)).length > 0;
  }

  /** Records containing any word that starts with `prefix` (an upper bound: one record may hold several). */
  docsStartingWith(prefix: string): number {
    return this.startingWith(prefix).reduce((sum, entry) => sum + entry.docs, 0);
  }

  /**
   * Known words within the typos allowed for the word's length (or `max`), nearest first, then the
   * most frequent: „zusamenarbeit“ → „Zusammenarbeit“. Empty for words of four letters or fewer,
   * unless `max` is given.
   */
  nearest(key: string, limit = 3, max = allowedTypos(key.length)): KnownWord[] {
    if (max === 0) return [];
    const scored: [KnownWord, number][] = [];
    for (const entry of this.#entries) {
      if (entry.key.length < Math.min(MIN_PART, key.length)) continue;
      const distance = editDistance(key, entry.key, max);
      if (distance <= max && distance > 0) scored.push([entry, distance]);
    }
    return scored
      .sort(([a, m], [b, n]) => m - n || b.docs - a.docs || a.key.localeCompare(b.key))
      .slice(0, limit)
      .map(([entry]) => entry);
  }

  /**
   * Compounds that end in the word, in any inflection: „zuschuss“ → „Projektzuschüsse“, „raum“ →
   * „Begegnungsräume“, „Gemeinschaftsräume“. The word's rough stem must follow a head of at least two
   * letters; most frequent first.
   */
  compoundsEndingIn(key: string, limit = 6): KnownWord[] {
    const stem = roughStem(key);
    if (stem.length < MIN_PART) return [];
    return this.#entries
      .filter((entry) => {
        const at = entry.key.indexOf(stem, MIN_HEAD);
        return at >= MIN_HEAD && entry.key.length - at - stem.length <= 3;
      })
      .sort((a, b) => b.docs - a.docs || a.key.localeCompare(b.key))
      .slice(0, limit);
  }

  /**
   * An unknown compound as two parts Pagefind finds, with an optional linking „s“ or „n“ between them:
   * „fordergeld“ → [„forder“, „geld“], „sprachbarriere“ → [„sprach“, „barriere“]. The split with the
   * longest first part wins; none if no split works.
   */
  split(key: string): [string, string] | undefined {
    for (let at = key.length - MIN_PART; at >= MIN_PART; at -= 1) {
      const head = key.slice(0, at);
      if (!this.finds(head)) continue;
      for (const link of ['', 's', 'n', 'es', 'en']) {
        if (!key.startsWith(link, at)) continue;
        const tail = key.slice(at + link.length);
        if (tail.length >= MIN_PART && this.startingWith(tail).length > 0) return [head, tail];
      }
    }
    return undefined;
  }

  /** The longest prefix of at least `min` letters that starts a known word: „machtgefalle“ → „macht“. */
  longestPrefix(key: string, min = 5): string | undefined {
    for (let length = key.length - 1; length >= min; length -= 1) {
      const prefix = key.slice(0, length);
      if (this.startingWith(prefix).length > 0) return prefix;
    }
    return undefined;
  }
}
