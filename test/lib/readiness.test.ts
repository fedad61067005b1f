import { describe, expect, test } from 'vitest';
import { rankReadiness } from '../../src/lib/readiness';
import type { Question } from '../../src/schemas/selfcheck';

const question = (id: string, recommendations: string[]): Question => ({
  id,
  kind: 'rating',
  text: `Aussage ${id}`,
  help: 'Hilfe',
  source: { chapter: 'bewertung', anchor: 'x' },
  notApplicable: true,
  recommendations,
});
const questions = [question('a', ['eins', 'zwei']), question('b', ['zwei', 'drei'])];
const order = ['eins', 'zwei', 'drei'];

describe('rankReadiness', () => {
  test('puts nothing on the list without answers', () => {
    expect(rankReadiness(questions, {}, order)).toEqual([]);
  });

  test('puts nothing on the list for full agreement, „Weiß nicht“ or „Trifft nicht zu“', () => {
    expect(rankReadiness(questions, { a: 3, b: 'weiss-nicht' }, order)).toEqual([]);
    expect(rankReadiness(questions, { a: 'trifft-nicht-zu' }, order)).toEqual([]);
  });

  test('ranks an item several low answers point to first', () => {
    const ranked = rankReadiness(questions, { a: 1, b: 2 }, order);
    expect(ranked.map((p) => p.itemId)).toEqual(['zwei', 'eins', 'drei']);
    expect(ranked[0]?.weight).toBe(3);
    expect(ranked[0]?.reasons.map((r) => r.answer)).toEqual(['ansatzweise', 'überwiegend']);
  });

  test('breaks ties by the paper’s order', () => {
    const ranked = rankReadiness([question('c', ['drei', 'eins'])], { c: 0 }, order);
    expect(ranked.map((p) => p.itemId)).toEqual(['eins', 'drei']);
  });
});
