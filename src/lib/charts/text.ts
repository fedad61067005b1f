/**
 * Text measurement for build-time charts. There is no browser at build time, so widths are estimated from the
 * advance widths of DejaVu Sans, the widest of the common system sans-serif fonts (and the one Linux picks for
 * `system-ui`): a label that fits with these widths also fits in Segoe UI, Roboto, Noto Sans or Arial.
 */

/** `{ a: width, b: width, … }` for every character of `characters`. */
const spread = (characters: string, width: number): Record<string, number> =>
  Object.fromEntries(Array.from(characters, (character) => [character, width]));

/** Advance widths in em of DejaVu Sans Book, measured in Chromium and rounded up to a few classes. */
const regular: Record<string, number> = {
  ...spread('iljIJ', 0.29),
  ...spread(" .,:;/'·", 0.34),
  ...spread('ft()-', 0.39),
  ...spread('r"', 0.46),
  ...spread('–*sz„“c', 0.55),
  ...spread('kvxyLF', 0.6),
  ...spread('abdeghnopquäöüß0123456789EST', 0.64),
  ...spread('ABKPRVXYZÄ', 0.7),
  ...spread('CDGHNOQUÖÜ', 0.79),
  ...spread('w−M', 0.87),
  ...spread('m%W…', 1),
};
/** Width of characters not in the table. */
const fallback = 0.7;
/** Bold glyphs of DejaVu Sans are up to 11 % wider. */
const boldFactor = 1.11;

/** Estimated width of `text` at `fontSize`, never less than the real width in common sans-serif fonts. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const character of text) em += regular[character] ?? fallback;
  return em * fontSize * (bold ? boldFactor : 1);
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces and after a hyphen or slash between words
 * („Begegnungs-“, „Integrations-/“). A single word longer than a line stays whole on a line of its own.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const pieces = text.split(/(?<= )|(?<=[a-zäöüß](?:[-/]|-\/))(?=[A-Za-zÄÖÜäöüß])/);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
