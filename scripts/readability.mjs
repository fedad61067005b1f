// How easy a built page's own German text is to read, by Amstad's German Flesch formula:
//   FRE = 180 − ASL − 58.5 × ASW
// (ASL: words per sentence, ASW: syllables per word; 60–70 reads „mittelschwer“, 70–80 „mittelleicht“).
// Own text is what the site's editors wrote: paragraphs and list entries in <main>, without the paper's
// quotes (<blockquote>, <q>, „…“), quoted items, survey figures, headings, navigation and islands.
// Syllables are counted as groups of vowels (a good estimate for German, not a hyphenation dictionary).
//
// Usage: node scripts/readability.mjs [--with-quotes] [page …]
//   e.g. node scripts/readability.mjs fuer-migrantenorganisationen/
// Prints each page's score for its own text and for each region marked data-readability="<name>";
// --with-quotes measures all paragraphs and list entries of <main> instead, the paper's quotes included.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

/** Elements whose text is never prose of the page: headings, navigation, scripts, islands, charts, tables. */
const notProse = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'nav',
  'script',
  'style',
  'astro-island',
  'noscript',
  'svg',
  'figure',
  'table',
];
/** Elements and classes that quote the paper or show data, not the editors' sentences. */
const quoting = { elements: ['blockquote', 'q'], classes: ['quoted-items', 'figure-facts'] };

let skipped = new Set([...notProse, ...quoting.elements]);
let skippedClasses = ['visually-hidden', ...quoting.classes];
let cutQuotes = true;

const vowels = /[aeiouäöüy]+/gi;

/** Syllables of a German word, estimated as its groups of vowels (at least one). */
export function syllables(word) {
  return Math.max(1, (word.match(vowels) ?? []).length);
}

/** The words of a text: runs of letters (with inner hyphens), numbers left out. */
export function words(text) {
  return text.match(/\p{L}+(?:[-’']\p{L}+)*/gu) ?? [];
}

/** Sentences of a block of text: split after . ! ? (not after an abbreviation such as „z. B.“); a block without a full stop is one. */
export function sentences(text) {
  return text
    .replace(/\b(z|d|u|bzw|bspw|ggf|usw|ca|Nr|vgl)\.\s?(B|h|a)?\.?/g, (match) => match.replace(/\./g, ''))
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => words(sentence).length > 0);
}

/** Amstad's reading ease of blocks of text (each block at least one sentence), with its parts. */
export function fleschAmstad(blocks) {
  const all = blocks.flatMap(sentences);
  const allWords = all.flatMap(words);
  const syllableCount = allWords.reduce((sum, word) => sum + syllables(word), 0);
  const asl = allWords.length / Math.max(1, all.length);
  const asw = syllableCount / Math.max(1, allWords.length);
  return {
    score: Math.round((180 - asl - 58.5 * asw) * 10) / 10,
    sentences: all.length,
    words: allWords.length,
    wordsPerSentence: Math.round(asl * 10) / 10,
    syllablesPerWord: Math.round(asw * 100) / 100,
  };
}

const classesOf = (node) =>
  (node.attrs?.find((attr) => attr.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);
const attribute = (node, name) => node.attrs?.find((attr) => attr.name === name)?.value;

function textOf(node) {
  if (node.nodeName === '#text') return node.value;
  if (node.tagName && (skipped.has(node.tagName) || classesOf(node).some((c) => skippedClasses.includes(c))))
    return '';
  return (node.childNodes ?? []).map(textOf).join('');
}

/**
 * The own prose of a page's HTML as blocks (paragraphs, list entries), by region: `all` for the whole of
 * <main>, and one entry per element marked `data-readability="<name>"`. Quotes in „…“ are cut out of a block.
 */
export function ownText(html) {
  const regions = { all: [] };
  const visit = (node, inMain, names) => {
    if (node.tagName === 'main') inMain = true;
    if (
      node.tagName &&
      (skipped.has(node.tagName) || classesOf(node).some((c) => skippedClasses.includes(c)))
    )
      return;
    const name = node.tagName && attribute(node, 'data-readability');
    if (name) names = [...names, name];
    if (inMain && (node.tagName === 'p' || node.tagName === 'li' || node.tagName === 'dd')) {
      const text = (cutQuotes ? textOf(node).replace(/„[^“]*“/g, ' ') : textOf(node))
        .replace(/\s+/g, ' ')
        .trim();
      if (words(text).length > 0) for (const region of ['all', ...names]) (regions[region] ??= []).push(text);
      return;
    }
    for (const child of node.childNodes ?? []) visit(child, inMain, names);
  };
  visit(parse(html), false, []);
  return regions;
}

/** The reading ease of each region of a built page in `dist/` (a path such as `fuer-migrantenorganisationen/`). */
export function pageReadability(page, dist = 'dist') {
  const html = readFileSync(path.join(dist, ...page.split('/').filter(Boolean), 'index.html'), 'utf8');
  return Object.fromEntries(
    Object.entries(ownText(html)).map(([region, blocks]) => [region, fleschAmstad(blocks)]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--with-quotes')) {
    skipped = new Set(notProse);
    skippedClasses = ['visually-hidden'];
    cutQuotes = false;
  }
  const pages = args.filter((arg) => !arg.startsWith('--'));
  for (const page of pages.length > 0 ? pages : ['fuer-migrantenorganisationen/', 'einfache-sprache/']) {
    for (const [region, result] of Object.entries(pageReadability(page)))
      console.log(
        `/${page} ${region}: Flesch-Amstad ${String(result.score)} (${String(result.sentences)} sentences, ${String(result.words)} words, ${String(result.wordsPerSentence)} words per sentence, ${String(result.syllablesPerWord)} syllables per word)`,
      );
  }
}
