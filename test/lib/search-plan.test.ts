import { describe, expect, test } from 'vitest';
import { planQuery, type QueryPlan } from '../../src/lib/search-plan';
import { synonyms, vocabulary } from '../fixtures/search-vocabulary';

const plan = (query: string): QueryPlan => planQuery(query, vocabulary, synonyms);
/** Each planned word with its terms as „text (reason)“. */
const terms = (query: string) =>
  plan(query).words.map(({ typed, terms }) => [
    typed,
    terms.map(({ text, reason }) => `${text} (${reason})`),
  ]);

describe('planQuery', () => {
  test.each([
    ['Wie können Kommunen Räume bereitstellen?', ['Kommunen', 'Räume', 'bereitstellen']],
    ['Geld für unseren Verein', ['Geld', 'Verein']],
    ['Wer sind die', ['Wer', 'sind', 'die']],
  ])('leaves out stop and question words: „%s“ searches %j', (query, expected) => {
    expect(plan(query).words.map((word) => word.typed)).toEqual(expected);
  });

  test.each([
    ['Räume', [['Räume', ['Räume (typed)', 'Begegnungsräume (compound)', 'Gemeinschaftsräume (compound)']]]],
    ['Raeume', [['Raeume', ['Räume (spelling)']]]],
    ['Foerdermittel', [['Foerdermittel', ['Fördermittel (spelling)']]]],
    [
      'Zuschuss',
      [['Zuschuss', ['Projektzuschüsse (compound)', 'Förderung (synonym)', 'Fördermittel (synonym)']]],
    ],
    [
      'Zuschüssen',
      [['Zuschüssen', ['Projektzuschüsse (compound)', 'Förderung (synonym)', 'Fördermittel (synonym)']]],
    ],
    ['Zusamenarbeit', [['Zusamenarbeit', ['Zusammenarbeit (typo)']]]],
    ['Sprachbarriere', [['Sprachbarriere', ['sprachliche Hürden (synonym)']]]],
    [
      'Vereinsgeld',
      [
        ['vereins', ['vereins (part)']],
        ['geld', ['geld (part)']],
      ],
    ],
    ['Machtgefälle', [['Machtgefälle', ['macht (prefix)']]]],
  ])('plans „%s“ as %j', (query, expected) => {
    expect(terms(query)).toEqual(expected);
  });

  test('weighs the word as typed above its synonyms, and a guessed prefix least', () => {
    const [zuschuss] = plan('Zuschuss Förderung Machtgefälle').words;
    const weights = plan('Förderung Machtgefälle').words.map((word) => word.terms[0]?.weight);
    expect(weights).toEqual([1, 0.5]);
    expect(zuschuss?.terms.find((term) => term.reason === 'synonym')?.weight).toBeLessThan(1);
  });

  test('corrects a typo and offers the corrected query, other words as typed', () => {
    const { corrections, suggestion } = plan('Zusamenarbeit mit der Verwaltung');
    expect(corrections).toEqual([{ typed: 'Zusamenarbeit', suggested: 'Zusammenarbeit', applied: true }]);
    expect(suggestion).toBe('Zusammenarbeit mit der Verwaltung');
  });

  test('never corrects a short word silently, but offers a close one', () => {
    const short = plan('Rad');
    expect(short.words).toEqual([]);
    expect(short.unknown).toEqual(['Rad']);
    const four = plan('Gled');
    expect(four.words).toEqual([]);
    expect(four.corrections).toEqual([{ typed: 'Gled', suggested: 'Geld', applied: false }]);
    expect(four.suggestion).toBe('Geld');
  });

  test('does not correct a word it has synonyms for: that is the user’s word, not a typo', () => {
    expect(plan('Zuschuss').corrections).toEqual([]);
  });

  test('reports a word it finds nothing for, and searches the others', () => {
    const outcome = plan('Xylophon Räume');
    expect(outcome.unknown).toEqual(['Xylophon']);
    expect(outcome.words.map((word) => word.typed)).toEqual(['Räume']);
  });

  test('passes a quoted phrase through as an exact search', () => {
    expect(plan('"gegenseitige Wertschätzung"')).toMatchObject({
      exact: '"gegenseitige Wertschätzung"',
      words: [],
    });
  });

  test('lists the stop words it left out', () => {
    expect(plan('Wie viel Geld gibt es?').ignored).toEqual(['Wie', 'viel', 'gibt', 'es']);
  });
});
