/**
 * The glossary's A–Z: its entries grouped by the first letter of their term, umlauts under their base letter
 * (Ä under A, as German dictionaries do), and the whole alphabet for the jump list, with the letters that
 * have entries.
 */

/** One letter of the jump list: the anchor of its group, and whether any term starts with it. */
export interface GlossaryLetter {
  letter: string;
  /** Id of the group's heading on /glossar/, e.g. `buchstabe-a`. */
  id: string;
  /** Whether the glossary has terms under this letter (only then is it a link). */
  used: boolean;
}

/** A to Z. */
const alphabet = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/** The letter a term is filed under: its first letter, without diacritics, in capitals. */
export function letterOf(term: string): string {
  return (term.trim()[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/** The anchor id of a letter's group. */
const letterId = (letter: string) => `buchstabe-${letter.toLowerCase()}`;

/** Groups entries by letter, in the order given (the glossary's alphabetical order), letters in A–Z order. */
export function glossaryGroups<T extends { term: string }>(
  entries: readonly T[],
): { letter: string; id: string; entries: T[] }[] {
  return alphabet
    .map((letter) => ({
      letter,
      id: letterId(letter),
      entries: entries.filter((entry) => letterOf(entry.term) === letter),
    }))
    .filter((group) => group.entries.length > 0);
}

/** The whole alphabet for the jump list, each letter marked as used or not. */
export function glossaryLetters(entries: readonly { term: string }[]): GlossaryLetter[] {
  const used = new Set(entries.map((entry) => letterOf(entry.term)));
  return alphabet.map((letter) => ({ letter, id: letterId(letter), used: used.has(letter) }));
}

/** Letters of terms outside A–Z (a digit, say): the page would have no place for them. */
export function unfiledTerms(entries: readonly { term: string }[]): string[] {
  return entries.filter((entry) => !alphabet.includes(letterOf(entry.term))).map((entry) => entry.term);
}
