import { describe, expect, test } from 'vitest';
import { bestSpelling, queryWords, spellings } from '../../src/lib/search-query';

describe('spellings', () => {
  test.each([
    ['Raeume', ['Raeume', 'Räume']],
    ['Foerderung', ['Foerderung', 'Förderung']],
    ['Uebersicht', ['Uebersicht', 'Übersicht']],
    ['Räume', ['Räume']],
    ['Gremien', ['Gremien']],
  ])('offers %s as %j', (word, expected) => {
    expect(spellings(word)).toEqual(expected);
  });
});

describe('bestSpelling', () => {
  /** An index that knows these words, with these numbers of results. */
  const index: Record<string, number> = { Räume: 9, Frauen: 4, Förderung: 20 };
  const hits = (word: string) => Promise.resolve(index[word] ?? 0);

  test('writes ae/oe/ue as umlauts where the index knows the umlaut spelling', async () => {
    expect(await bestSpelling('Raeume Foerderung', hits)).toBe('Räume Förderung');
  });

  test('keeps a word whose ue is no umlaut', async () => {
    expect(await bestSpelling('Frauen', hits)).toBe('Frauen');
  });

  test('keeps the typed spelling on a tie and leaves other words alone', async () => {
    expect(await bestSpelling('Zuerst  Gremien', hits)).toBe('Zuerst Gremien');
  });
});

test('queryWords splits on any white space', () => {
  expect(queryWords('  Gremien \t Rederecht ')).toEqual(['Gremien', 'Rederecht']);
});
