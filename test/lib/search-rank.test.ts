import { describe, expect, test } from 'vitest';
import { idf, rankRecords, WHOLE_QUERY, type TermResults } from '../../src/lib/search-rank';

const hits = (scores: Record<string, number>) => Object.entries(scores).map(([id, score]) => ({ id, score }));
const ids = (results: TermResults[], total = 100, prior?: (id: string) => number) =>
  rankRecords(results, total, prior).map((record) => record.id);

describe('rankRecords', () => {
  test('ranks a record matching both words above records matching one, even with a lower score', () => {
    const results = [
      { word: 0, weight: 1, hits: hits({ both: 2, personal: 6 }) },
      { word: 1, weight: 1, hits: hits({ both: 1, zusammenarbeit: 5 }) },
    ];
    expect(ids(results)).toEqual(['both', 'personal', 'zusammenarbeit']);
  });

  test('keeps a record missing only a common word close to the top, before one missing the rare word', () => {
    const common = hits(Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`c${String(i)}`, 1])));
    const results = [
      { word: 0, weight: 1, hits: hits({ rare: 3 }) },
      { word: 1, weight: 1, hits: [...common, ...hits({ other: 3 })] },
    ];
    const ranked = rankRecords(results, 100);
    expect(ranked[0]?.id).toBe('rare');
    expect(ranked[0]?.coverage).toBeGreaterThan(0.7);
    expect(ranked.find((record) => record.id === 'other')?.coverage).toBeLessThan(0.3);
  });

  test('takes the best weighted term per word, not the sum of a word’s terms', () => {
    const results = [
      { word: 0, weight: 1, hits: hits({ a: 2 }) },
      { word: 0, weight: 0.8, hits: hits({ a: 2, b: 4 }) },
    ];
    const ranked = rankRecords(results, 10);
    expect(ranked.map((record) => [record.id, record.score])).toEqual([
      ['b', 3.2],
      ['a', 2],
    ]);
    expect(ranked[1]?.contributions).toEqual([{ term: 0, word: 0, score: 2 }]);
  });

  test('never ends empty while one word has hits: a word without hits neither helps nor hurts', () => {
    const results = [
      { word: 0, weight: 1, hits: [] },
      { word: 1, weight: 1, hits: hits({ a: 1 }) },
    ];
    expect(rankRecords(results, 10)).toMatchObject([{ id: 'a', coverage: 1 }]);
  });

  test('adds the whole query as a bonus outside the coverage', () => {
    const results = [
      { word: 0, weight: 1, hits: hits({ a: 1, b: 1 }) },
      { word: WHOLE_QUERY, weight: 0.5, hits: hits({ b: 2 }) },
    ];
    expect(rankRecords(results, 10).map((record) => [record.id, record.score, record.coverage])).toEqual([
      ['b', 2, 1],
      ['a', 1, 1],
    ]);
  });

  test('ranks a passage holding all words above a long page whose words stand in different sections', () => {
    const results = [
      {
        word: 0,
        weight: 1,
        hits: [
          { id: 'passage', score: 2, words: [3] },
          { id: 'page', score: 3, words: [40] },
        ],
      },
      {
        word: 1,
        weight: 1,
        hits: [
          { id: 'passage', score: 2, words: [9] },
          { id: 'page', score: 3, words: [900] },
        ],
      },
    ];
    const ranked = rankRecords(results, 10);
    expect(ranked.map((record) => [record.id, record.coverage, record.passage])).toEqual([
      ['passage', 1, 1],
      ['page', 1, 0.5],
    ]);
  });

  test('multiplies by the prior of a record', () => {
    const results = [{ word: 0, weight: 1, hits: hits({ page: 3, item: 2.5 }) }];
    expect(ids(results, 10, (id) => (id === 'page' ? 0.7 : 1))).toEqual(['item', 'page']);
  });
});

describe('idf', () => {
  test('is larger for rarer words and positive for one in every record', () => {
    expect(idf(100, 1)).toBeGreaterThan(idf(100, 10));
    expect(idf(100, 100)).toBeGreaterThan(0);
  });
});
