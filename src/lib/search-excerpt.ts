/**
 * The excerpt of a result: the passage of its text where the matched words of all the query's words
 * lie densest, with the matches marked. Pagefind builds an excerpt per search term; a query searched
 * as several terms needs one excerpt marking all of them. Returned as parts of plain text, so the
 * page renders it with text nodes and `<mark>` elements, never as HTML.
 */

/** A matched word in a record's text: its position among the text's words, and how much it counts. */
export interface WordLocation {
  location: number;
  weight: number;
}

/** A run of the excerpt's text, marked if it is a matched word. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** Words of context before the first match, where the text allows. */
const CONTEXT = 3;

/** Pagefind's word boundaries: any white space except the zero-width no-break space. */
const SEPARATORS = /[^\S\uFEFF]+/;

/**
 * The start of the window of `length` words holding the most weight; of several equal windows in a
 * row the middle one (as Pagefind does), then moved back so a few words precede the first match.
 */
export function densestWindow(locations: readonly WordLocation[], wordCount: number, length: number): number {
  if (wordCount <= length || locations.length === 0) return 0;
  const weights = new Array<number>(wordCount).fill(0);
  for (const { location, weight } of locations)
    if (location >= 0 && location < wordCount) weights[location] = (weights[location] ?? 0) + weight;
  let sum = weights.slice(0, length).reduce((a, b) => a + b, 0);
  let best = sum;
  let ties = [0];
  for (let start = 1; start + length <= wordCount; start += 1) {
    sum += (weights[start + length - 1] ?? 0) - (weights[start - 1] ?? 0);
    if (sum > best) {
      best = sum;
      ties = [start];
    } else if (sum === best && ties.at(-1) === start - 1) ties.push(start);
  }
  const middle = ties[Math.floor(ties.length / 2)] ?? 0;
  const first = Math.min(
    ...locations.map(({ location }) => location).filter((l) => l >= middle && l < middle + length),
  );
  return Math.max(0, Math.min(middle, first - CONTEXT));
}

/** The excerpt of `content` of about `length` words around the densest matches, with „…“ where cut. */
export function excerpt(content: string, locations: readonly WordLocation[], length = 30): ExcerptPart[] {
  const words = content.trim().split(SEPARATORS).filter(Boolean);
  const start = densestWindow(locations, words.length, length);
  const end = Math.min(words.length, start + length);
  const hits = new Set(locations.map((l) => l.location));
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean) => {
    const last = parts.at(-1);
    if (last && last.hit === hit && !hit) last.text += text;
    else parts.push({ text, hit });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i += 1) {
    if (i > start) push(' ', false);
    const word = words[i] ?? '';
    if (!hits.has(i)) {
      push(word, false);
      continue;
    }
    // Only the word is marked, not the punctuation around it: „(<mark>Räume</mark>),“.
    const [, before = '', core = word, after = ''] =
      /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    if (before) push(before, false);
    push(core, core !== '');
    if (after) push(after, false);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
