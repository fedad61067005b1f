/**
 * Finds the glossary's terms in running text, so that each page can link a term's first use to its
 * entry on /glossar/. A term matches in its name, its aliases and its extra `forms`, each with the
 * first letter in either case („institutionelle Förderung“ for „Institutionelle Förderung“) and each
 * word with a German inflection ending („Migrantenorganisationen“, „Dachverbänden“). Abbreviations
 * such as „MO“ match only as written, with an optional plural „s“. A match is a whole word: never part
 * of a compound („Migrantenorganisationsarbeit“) or of a hyphenated word („MO-Vertreter“).
 */
import type { GlossaryEntry } from '../schemas/glossary';

/** A term as the matcher needs it: its anchor id and the forms to look for. */
export type GlossaryTerm = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'forms'>;

/** One use of a term in a text: where it starts and ends, and which entry it belongs to. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const inflection = '(?:e|em|en|er|es|n|r|s)?';
const letter = /\p{L}/u;
const abbreviation = /^[\p{Lu}\d]+$/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first letter of a word in both cases, as a character class: `Förderung` → `[Ff]örderung`. */
function eitherCase(word: string): string {
  const [first = '', ...rest] = word;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return (lower === upper ? escape(first) : `[${lower}${upper}]`) + escape(rest.join(''));
}

/** The regular expression source for one form of a term. */
function formPattern(form: string): string {
  if (abbreviation.test(form)) return `${escape(form)}s?`;
  return form
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      const body = index === 0 ? eitherCase(word) : escape(word);
      return letter.test(word.at(-1) ?? '') ? body + inflection : body;
    })
    .join('\\s+');
}

/** A matcher for one term: all its forms, longest first, as whole words. */
function termPattern(term: GlossaryTerm): RegExp {
  const forms = [term.term, ...term.aliases, ...term.forms]
    .sort((a, b) => b.length - a.length)
    .map(formPattern);
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
}

/** Compiles the glossary once; the result finds terms in one text after another. */
export function termMatcher(terms: readonly GlossaryTerm[]) {
  const patterns = terms.map((term) => ({ id: term.id, pattern: termPattern(term) }));

  /**
   * The uses of terms in `text` that are not in `skip`, one per term (the first), in text order.
   * When two terms start at the same place, the longer use wins.
   */
  return function findTerms(text: string, skip: ReadonlySet<string> = new Set()): TermMatch[] {
    const found: TermMatch[] = [];
    const done = new Set(skip);
    let from = 0;
    for (;;) {
      let next: TermMatch | undefined;
      for (const { id, pattern } of patterns) {
        if (done.has(id)) continue;
        pattern.lastIndex = from;
        const match = pattern.exec(text);
        if (!match) continue;
        const candidate = { id, start: match.index, end: match.index + match[0].length };
        if (
          !next ||
          candidate.start < next.start ||
          (candidate.start === next.start && candidate.end > next.end)
        ) {
          next = candidate;
        }
      }
      if (!next) return found;
      found.push(next);
      done.add(next.id);
      from = next.end;
    }
  };
}
