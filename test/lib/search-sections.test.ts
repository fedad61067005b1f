import { describe, expect, test } from 'vitest';
import { rankSections, SUMMARY_ANCHOR, type SubResult } from '../../src/lib/search-sections';

const page = '/leitfaden/befragung/';
const section = (anchor: string, ...scores: number[]): SubResult => ({
  title: anchor,
  url: anchor ? `${page}#${anchor}` : page,
  weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});
const titles = (...args: Parameters<typeof rankSections>) => rankSections(...args).map((s) => s.title);

describe('rankSections', () => {
  test('lists the best-matching sections first, not in page order, without the page’s own top', () => {
    const subResults = [
      section('', 9),
      section('konzepte', 1),
      section('raeume', 4, 4),
      section('beratung', 2),
    ];
    expect(titles(page, [{ word: 0, weight: 1, literal: true, subResults }])).toEqual([
      'raeume',
      'beratung',
      'konzepte',
    ]);
  });

  test('leaves out the summary at the page’s top, which the hit itself opens on', () => {
    const subResults = [section(SUMMARY_ANCHOR, 5, 5), section('foerderformen', 1)];
    expect(titles(page, [{ word: 0, weight: 1, literal: true, subResults }])).toEqual(['foerderformen']);
  });

  test('puts sections holding more of the query’s own words before those with synonyms only', () => {
    const perTerm = [
      { word: 0, weight: 1, literal: true, subResults: [section('finanzierung', 1)] },
      {
        word: 0,
        weight: 0.8,
        literal: false,
        subResults: [section('institutionell', 25, 1, 1), section('finanzierung', 1)],
      },
    ];
    expect(titles(page, perTerm)).toEqual(['finanzierung', 'institutionell']);
  });

  test('adds up the words of a query, the best term of each', () => {
    const perTerm = [
      { word: 0, weight: 1, literal: true, subResults: [section('a', 1), section('b', 1)] },
      { word: 1, weight: 1, literal: true, subResults: [section('c', 1), section('b', 1)] },
      { word: 1, weight: 0.8, literal: false, subResults: [section('c', 9), section('a', 1)] },
    ];
    // b has both words as typed; c's word 1 counts with its strong synonym match, not twice.
    expect(titles(page, perTerm)).toEqual(['b', 'c', 'a']);
  });

  test('keeps page order on a tie, and lists at most `limit` sections', () => {
    const subResults = ['a', 'b', 'c', 'd'].map((anchor) => section(anchor, 1));
    expect(titles(page, [{ word: 0, weight: 1, literal: true, subResults }], 2)).toEqual(['a', 'b']);
  });
});
