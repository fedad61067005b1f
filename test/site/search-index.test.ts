/**
 * What the search index build leaves in `dist/pagefind/`, checked in Node: Pagefind's bundled search
 * UIs are gone (no page loads them); the word list and the record filters describe exactly what is
 * indexed and stay small; the pages end where their HTML ends; and every answer of the relevance set
 * (`test/fixtures/search-queries.yaml`) exists in the index and holds the paper's sentence it quotes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeUrl } from '../../src/lib/search-relevance';
import type { VocabularyData } from '../../src/lib/search-vocabulary';
import { htmlFiles, pagefindDir } from '../e2e/site';
import { loadSearchQueries } from '../fixtures/search-queries';

interface Fragment {
  url: string;
  content: string;
  anchors: { id: string; location: number }[];
}

/** Pagefind's fragments by result id (see scripts/search-index.mjs). */
const fragments = new Map<string, Fragment>(
  readdirSync(path.join(pagefindDir, 'fragment')).map((file) => [
    path.basename(file, '.pf_fragment'),
    JSON.parse(
      gunzipSync(readFileSync(path.join(pagefindDir, 'fragment', file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as Fragment,
  ]),
);
const byUrl = new Map([...fragments.values()].map((fragment) => [decodeUrl(fragment.url), fragment]));
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

test.each([
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
])('%s, a Pagefind UI no page uses, is not deployed', (file) => {
  expect(existsSync(path.join(pagefindDir, file))).toBe(false);
});

test('what search loads is deployed: Pagefind, its worker, WebAssembly, index and the word list', () => {
  const files = readdirSync(pagefindDir);
  for (const needed of [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    'words.json',
    'records.json',
  ])
    expect(files).toContain(needed);
  expect(files.some((file) => /^wasm\.de\.pagefind$/.test(file))).toBe(true);
});

describe('the query side’s data', () => {
  const wordsFile = readFileSync(path.join(pagefindDir, 'words.json'));
  const words = JSON.parse(wordsFile.toString('utf8')) as VocabularyData;
  const records = JSON.parse(readFileSync(path.join(pagefindDir, 'records.json'), 'utf8')) as Record<
    string,
    Record<string, string[]>
  >;

  test('the word list holds the words of the indexed texts, one count per word, and stays small', () => {
    expect(words.words).toEqual(expect.arrayContaining(['Projektzuschüsse', 'Machtasymmetrien', 'Räume']));
    expect(words.docs).toHaveLength(words.words.length);
    expect(words.synonyms.length).toBeGreaterThan(40);
    expect(gzipSync(wordsFile).length).toBeLessThan(20 * 1024);
  });

  test('the record filters cover every indexed record, by Pagefind id', () => {
    expect(Object.keys(records).sort()).toEqual([...fragments.keys()].sort());
    expect(
      records[[...fragments].find(([, f]) => f.url.endsWith('#raeume-bereitstellen'))?.[0] ?? ''],
    ).toMatchObject({
      art: ['Empfehlung'],
      bereich: ['Räume'],
    });
  });
});

test.each(htmlFiles().map((file) => [path.basename(path.dirname(file)), file]))(
  '%s ends with </html>: no script or other markup after it',
  (_, file) => {
    expect(readFileSync(file, 'utf8').trimEnd().endsWith('</html>')).toBe(true);
  },
);

describe('the relevance set’s answers exist and hold the sentence they quote', () => {
  /** The text of an answer: a record, or the part of a page from a heading to the next. */
  function answerText(answer: string): string | undefined {
    const wanted = decodeUrl(answer);
    const record = byUrl.get(wanted);
    if (record) return norm(record.content);
    const [page = '', anchor] = wanted.split('#');
    const fragment = byUrl.get(page);
    const at = fragment?.anchors.findIndex((candidate) => candidate.id === anchor) ?? -1;
    if (!fragment || at === -1) return undefined;
    const words = fragment.content.split(/\s+/);
    const start = fragment.anchors[at]?.location ?? 0;
    const next = fragment.anchors.slice(at + 1).find((candidate) => candidate.location > start);
    return norm(words.slice(start, next?.location ?? words.length).join(' '));
  }

  test.each(loadSearchQueries().map((entry) => [entry.query, entry]))('„%s“', (_, entry) => {
    const texts = entry.answers.map(answerText);
    expect(
      entry.answers.filter((_, i) => texts[i] === undefined),
      'answers not in the index',
    ).toEqual([]);
    const quote = norm(entry.quote).replace(/[¹²³]$/, '');
    expect(
      texts.some((text) => text?.includes(quote)),
      `no answer holds „${quote}“`,
    ).toBe(true);
  });
});
