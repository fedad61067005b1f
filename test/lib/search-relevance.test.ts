import { describe, expect, test } from 'vitest';
import { answerRank, answers, relevanceSummary } from '../../src/lib/search-relevance';

const hit = (url: string, ...sections: string[]) => ({ url, sections });

describe('answers', () => {
  test.each([
    [hit('/leitfaden/befragung/#raeume-bereitstellen'), '/leitfaden/befragung/#raeume-bereitstellen', true],
    [hit('/leitfaden/befragung/#raeume-bereitstellen'), '/leitfaden/befragung/', true],
    [hit('/leitfaden/befragung/'), '/leitfaden/befragung/', true],
    [
      hit('/leitfaden/befragung/', '/leitfaden/befragung/#institutionelle-f%C3%B6rderungen'),
      '/leitfaden/befragung/#institutionelle-förderungen',
      true,
    ],
    [
      hit('/leitfaden/befragung/', '/leitfaden/befragung/#konzepte'),
      '/leitfaden/befragung/#institutionelle-förderungen',
      false,
    ],
    [hit('/leitfaden/befragung/#raeume-bereitstellen'), '/leitfaden/befragung/#befund-raeume', false],
    [hit('/glossar/'), '/leitfaden/befragung/', false],
  ])('%j gives %s: %s', (shown, answer, expected) => {
    expect(answers(shown, answer)).toBe(expected);
  });
});

describe('answerRank', () => {
  test('is the rank of the first hit giving any of the answers, or null', () => {
    const hits = [hit('/glossar/'), hit('/leitfaden/bewertung/#a'), hit('/leitfaden/bewertung/#b')];
    expect(answerRank(hits, ['/leitfaden/bewertung/#b', '/leitfaden/bewertung/#a'])).toBe(2);
    expect(answerRank(hits, ['/leitfaden/themen/'])).toBeNull();
  });
});

describe('relevanceSummary', () => {
  test('computes recall at 1, 3 and 5 and the mean reciprocal rank', () => {
    expect(relevanceSummary([1, 2, 4, null])).toEqual({
      queries: 4,
      recallAt1: 0.25,
      recallAt3: 0.5,
      recallAt5: 0.75,
      mrr: (1 + 1 / 2 + 1 / 4) / 4,
    });
  });

  test('is all zero for no queries', () => {
    expect(relevanceSummary([])).toMatchObject({ queries: 0, recallAt3: 0, mrr: 0 });
  });
});
