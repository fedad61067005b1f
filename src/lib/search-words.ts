/**
 * Words of a query and of the index, in the forms the search compares: as typed, folded (lower case,
 * without diacritics, ß as ss, the way Pagefind compares them) and reduced to a rough stem. Pagefind
 * stems with Snowball at index and query time; the rough stem here only serves the query side's own
 * comparisons (synonyms, compounds, known prefixes), so it errs on the side of stripping less.
 */

/** A word: letters and digits, so „Migrant*innen“ and „Co-Working“ are two words each, as in Pagefind. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, in order, as written. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case, diacritics removed, ß as ss: „Räume“ → „raume“, „Maßnahme“ → „massnahme“. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The folded word with „ae/oe/ue“ read as umlauts, if that differs: „raeume“ → „raume“. A word like
 * „frauen“ yields „fraun“, which the caller drops unless the index knows it.
 */
export function withoutTransliteration(key: string): string | undefined {
  const plain = key.replace(/([aou])e/g, '$1');
  return plain === key ? undefined : plain;
}

/** The word with „ae/oe/ue“ written as umlauts, keeping its case: „Raeume“ → „Räume“, „Oeffnung“ → „Öffnung“. */
export function umlautSpelling(word: string): string {
  const umlauts: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };
  return word.replace(/([aouAOU])[eE]/g, (_, vowel: string) => umlauts[vowel] ?? vowel);
}

/** Inflection endings removed by `roughStem`, longest first; not „-er“, which ends too many stems („Träger“). */
const ENDINGS = ['en', 'es', 'em', 'e', 's'];
/** The endings Pagefind's Snowball stemmer removes (step 1), longest first. */
const SNOWBALL_ENDINGS = ['ern', 'em', 'er', 'en', 'es', 'e', 's'];

function strip(key: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (!key.endsWith(ending) || key.length - ending.length < 3) continue;
    if (ending === 's' && key.endsWith('ss')) return key;
    return key.slice(0, -ending.length);
  }
  return key;
}

/**
 * A folded word without one inflection ending, keeping at least three letters: „vereinen“ → „verein“,
 * „zuschusse“ → „zuschuss“, „raume“ → „raum“; „zuschuss“ keeps its „ss“. Used to match synonyms and
 * compounds, so it strips less than Snowball does.
 */
export function roughStem(key: string): string {
  return strip(key, ENDINGS);
}

/**
 * A folded word without the ending Pagefind's stemmer would remove („neuer“ → „neu“), to tell
 * whether Pagefind finds a word; a typo such as „zustandigkeitn“ keeps its last letter.
 */
export function pagefindStem(key: string): string {
  return strip(key, SNOWBALL_ENDINGS);
}
