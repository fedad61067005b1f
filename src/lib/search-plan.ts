/**
 * Turns what someone typed into the searches Pagefind runs. Pagefind requires every word of a query
 * and reads an unknown word as its longest indexed prefix; so the query side decides per word first:
 *
 * - a separable verb is joined again („rufen … ab“ → „abrufen“, see `search-separable-verbs.ts`);
 * - stop and question words are left out („Wie“, „für“, „unseren“), unless nothing else is left;
 * - a word the index knows is searched as typed, a word typed with „ae/oe/ue“ in its umlaut spelling;
 * - synonyms from `src/data/synonyms.yaml` add the paper's words („Zuschuss“ → „Förderung“, …);
 * - an unknown word is corrected to the nearest known word („Zusamenarbeit“ → „Zusammenarbeit“, also
 *   offered as „Meinten Sie …?“), found inside known compounds („Zuschuss“ → „Projektzuschüsse“), split
 *   into known parts („Fördergeld“ → „Förder“, „Geld“) or shortened to a known prefix of five letters or
 *   more („Machtgefälle“ → „macht…“);
 * - a word of four letters or fewer is never corrected silently, only offered as a suggestion.
 *
 * Each remaining word becomes a group of alternative terms with weights; `search-rank.ts` merges the
 * results, so records matching more of the words rank first and no word is required.
 */
import { joinSeparableVerb } from './search-separable-verbs';
import { stopwords } from './search-stopwords';
import { synonymsOf, type SynonymMap } from './search-synonyms';
import type { Vocabulary } from './search-vocabulary';
import { fold, umlautSpelling, withoutTransliteration, words as wordsOf } from './search-words';

/** Why a term is searched. */
export type TermReason = 'typed' | 'spelling' | 'synonym' | 'typo' | 'compound' | 'part' | 'prefix';

/** One Pagefind search for a query word. */
export interface PlannedTerm {
  /** What Pagefind searches, e.g. „Förderung“ or a phrase of the paper („sprachliche Hürden“). */
  text: string;
  /** How much a match counts for the word, 1 for the word itself. */
  weight: number;
  reason: TermReason;
}

/** A word of the query with the terms that find it. */
export interface PlannedWord {
  /** The word as typed (for a split compound, its part). */
  typed: string;
  terms: PlannedTerm[];
}

/** A known word offered for an unknown one; `applied` if the search already uses it. */
export interface Correction {
  typed: string;
  suggested: string;
  applied: boolean;
}

/** The searches for a query. */
export interface QueryPlan {
  words: PlannedWord[];
  /** Stop words left out. */
  ignored: string[];
  /** Words for which nothing could be found. */
  unknown: string[];
  corrections: Correction[];
  /** The query with the corrections, for „Meinten Sie …?“; absent without corrections. */
  suggestion?: string;
  /** A query in quotes: searched as an exact phrase, as typed. */
  exact?: string;
}

/**
 * Weights of the kinds of terms. The word itself counts most, also inside a compound or corrected; a
 * synonym, the paper's word for the same thing, less; a guessed prefix least.
 */
export const WEIGHTS: Record<TermReason, number> = {
  typed: 1,
  spelling: 1,
  typo: 0.9,
  compound: 0.9,
  synonym: 0.8,
  part: 0.8,
  prefix: 0.5,
};

/** A known word found in fewer records than this also brings the compounds that end in it. */
const RARE = 3;
/** At most this many terms per word, and per query, keep typing fast. */
const MAX_TERMS_PER_WORD = 8;
const MAX_TERMS = 24;
/** Words this long are too short to correct silently (see `allowedTypos`), but a close word is offered. */
const SUGGEST_ONLY_LENGTH = 4;

const term = (text: string, reason: TermReason): PlannedTerm => ({ text, weight: WEIGHTS[reason], reason });

/** Adds `extra` to `terms` unless a term of the same folded text is there already. */
function addTerms(terms: PlannedTerm[], extra: readonly PlannedTerm[]): void {
  for (const candidate of extra)
    if (!terms.some((known) => fold(known.text) === fold(candidate.text))) terms.push(candidate);
}

interface WordOutcome {
  words: PlannedWord[];
  correction?: Correction;
}

/** The planned words for one typed word (two for a split compound, none if nothing is found). */
function planWord(typed: string, vocabulary: Vocabulary, synonyms: SynonymMap): WordOutcome {
  const key = fold(typed);
  const terms: PlannedTerm[] = [];
  const paperTerms = synonymsOf(synonyms, key).map((text) => term(text, 'synonym'));
  let correction: Correction | undefined;
  if (vocabulary.finds(key)) {
    terms.push(term(typed, 'typed'));
    if (vocabulary.docsStartingWith(key) < RARE)
      addTerms(
        terms,
        vocabulary.compoundsEndingIn(key).map((known) => term(known.word, 'compound')),
      );
  } else {
    const plain = withoutTransliteration(key);
    if (plain !== undefined && vocabulary.finds(plain)) {
      terms.push(term(umlautSpelling(typed), 'spelling'));
    } else {
      // A word with synonyms is the user's own vocabulary, not a typo of some paper word.
      const nearest = paperTerms.length === 0 ? vocabulary.nearest(key)[0] : undefined;
      if (nearest) {
        terms.push(term(nearest.word, 'typo'));
        correction = { typed, suggested: nearest.word, applied: true };
      } else if (paperTerms.length === 0 && key.length === SUGGEST_ONLY_LENGTH) {
        const close = vocabulary.nearest(key, 1, 1)[0];
        if (close) correction = { typed, suggested: close.word, applied: false };
      }
      addTerms(
        terms,
        vocabulary.compoundsEndingIn(key).map((known) => term(known.word, 'compound')),
      );
      if (terms.length === 0 && paperTerms.length === 0) {
        const parts = vocabulary.split(key);
        if (parts) return { words: parts.map((part) => ({ typed: part, terms: [term(part, 'part')] })) };
        const prefix = vocabulary.longestPrefix(key);
        if (prefix) terms.push(term(prefix, 'prefix'));
      }
    }
  }
  addTerms(terms, paperTerms);
  const planned = terms.length === 0 ? [] : [{ typed, terms: terms.slice(0, MAX_TERMS_PER_WORD) }];
  return correction ? { words: planned, correction } : { words: planned };
}

/** Plans the searches for `query` against the index's vocabulary and the synonyms. */
export function planQuery(query: string, vocabulary: Vocabulary, synonyms: SynonymMap): QueryPlan {
  const trimmed = query.trim();
  const plan: QueryPlan = { words: [], ignored: [], unknown: [], corrections: [] };
  if (/^".+"$/.test(trimmed)) return { ...plan, exact: trimmed };
  // „rufen … ab“ is searched as „abrufen“.
  const typed = joinSeparableVerb(
    wordsOf(trimmed),
    (key) => vocabulary.get(key) !== undefined || synonymsOf(synonyms, key).length > 0,
  );
  const meaningful = typed.filter((word) => !stopwords.has(fold(word)));
  // A query of stop words only („Wer sind wir?“) is searched as typed.
  const kept = meaningful.length > 0 ? meaningful : typed;
  plan.ignored = typed.filter((word) => !kept.includes(word));
  let budget = MAX_TERMS;
  for (const word of kept) {
    const outcome = planWord(word, vocabulary, synonyms);
    if (outcome.correction) plan.corrections.push(outcome.correction);
    if (outcome.words.length === 0) plan.unknown.push(word);
    for (const planned of outcome.words) {
      const terms = planned.terms.slice(0, Math.max(1, budget));
      budget -= terms.length;
      plan.words.push({ ...planned, terms });
    }
  }
  if (plan.corrections.length > 0) {
    const replaced = new Map(plan.corrections.map((correction) => [correction.typed, correction.suggested]));
    plan.suggestion = trimmed.replace(/[\p{L}\p{N}]+/gu, (word) => replaced.get(word) ?? word);
  }
  return plan;
}
