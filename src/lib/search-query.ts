/**
 * Spelling help for the search box. Pagefind's German stemmer already folds umlauts („Räume“ and
 * „Raume“ share the stem `raum`) and ß („Maßnahme“, „Massnahme“), but not the keyboard spelling
 * „ae/oe/ue“. For a word typed that way the search tries both spellings and keeps the one the index
 * knows (see `src/scripts/search-engine.ts`); this file only computes the candidates.
 */

/** Wait after the last keystroke before searching, so typing stays smooth (also used by scripts/bench.mjs). */
export const DEBOUNCE_MS = 150;

const transliterations: [RegExp, string][] = [
  [/ae/g, 'ä'],
  [/oe/g, 'ö'],
  [/ue/g, 'ü'],
  [/Ae/g, 'Ä'],
  [/Oe/g, 'Ö'],
  [/Ue/g, 'Ü'],
];

/** Splits a query into words, dropping empty parts. */
export function queryWords(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean);
}

/**
 * The spellings of one word to try: the word as typed first, then with every „ae/oe/ue“ written as an
 * umlaut, if that differs („Raeume“ → [„Raeume“, „Räume“]; „Frauen“ → [„Frauen“, „Fraün“]).
 */
export function spellings(word: string): string[] {
  const umlauted = transliterations.reduce((text, [pattern, umlaut]) => text.replace(pattern, umlaut), word);
  return umlauted === word ? [word] : [word, umlauted];
}

/**
 * Chooses, for each word, the spelling with the most hits (the typed one on a tie), and joins the
 * words again. `hits` gives the number of results for a single word.
 */
export async function bestSpelling(query: string, hits: (word: string) => Promise<number>): Promise<string> {
  const words = await Promise.all(
    queryWords(query).map(async (word) => {
      const candidates = spellings(word);
      if (candidates.length === 1) return word;
      const counts = await Promise.all(candidates.map(hits));
      let best = 0;
      counts.forEach((n, index) => {
        if (n > (counts[best] ?? 0)) best = index;
      });
      return candidates[best] ?? word;
    }),
  );
  return words.join(' ');
}
