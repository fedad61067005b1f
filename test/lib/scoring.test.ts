import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, scoreAll, scoreDimension, scoreQuestion, UNKNOWN } from '../../src/lib/scoring';
import { catalogue } from '../fixtures/catalogue';

type Dimension = (typeof catalogue)[number];
type Q = Dimension['questions'][number];
const [konzept, raeume, gelingen] = catalogue as [Dimension, Dimension, Dimension];
const [single] = konzept.questions as [Q];
const [multi] = raeume.questions as [Q];
const [rating] = gelingen.questions as [Q];

describe('scoreQuestion', () => {
  test.each([
    ['an unanswered question', single, undefined, { state: 'open' }],
    ['„Weiß nicht“', single, UNKNOWN, { state: 'unknown' }],
    ['„Trifft nicht zu“', multi, NOT_APPLICABLE, { state: 'not-applicable' }],
    ['an option that does not exist', single, 'gibt-es-nicht', { state: 'open' }],
    ['a list for a single-choice question', single, ['kein'], { state: 'open' }],
    ['a rating outside 0–3', rating, 4, { state: 'open' }],
    ['a rating that is not a whole number', rating, 1.5, { state: 'open' }],
  ] as const)('reads %s as %o', (_name, question, answer, expected) => {
    expect(scoreQuestion(question, answer)).toEqual(expected);
  });

  test.each([
    ['kein', 0, ['strategie', 'gremienbeschluss']],
    ['papier', 2, ['gremienbeschluss']],
    ['beschlossen', 3, []],
  ])('gives the option %s level %i and its recommendations', (answer, level, recommendations) => {
    expect(scoreQuestion(single, answer)).toMatchObject({ state: 'answered', level, recommendations });
  });

  test.each([
    [[], 0, ['raeume-bereitstellen', 'zentrum'], 'keine Auswahl'],
    [['analog'], 1, ['raeume-bereitstellen', 'zentrum'], 'Begegnungsräume'],
    [['analog', 'primaer'], 2, ['zentrum'], 'Begegnungsräume, Räume für MO'],
    [['analog', 'primaer', 'zentrum'], 3, [], 'Begegnungsräume, Räume für MO, Interkulturelles Zentrum'],
  ])(
    'counts ticked choices %o up to level %i and recommends what is missing',
    (answer, level, recommendations, text) => {
      expect(scoreQuestion(multi, answer)).toEqual({
        state: 'answered',
        level,
        recommendations,
        answer: text,
      });
    },
  );

  test('names a rating in words', () => {
    expect(scoreQuestion(rating, 2)).toMatchObject({ level: 2, answer: 'überwiegend' });
  });
});

describe('scoreDimension', () => {
  test('averages the levels of the answered questions', () => {
    const result = scoreDimension(gelingen, { 'gelingen-wertschaetzung': 3, 'gelingen-kontinuitaet': 0 });
    expect(result).toMatchObject({ level: 1.5, reached: 1, status: 'done', gap: 1.5 });
  });

  test('never counts „Weiß nicht“ or „Trifft nicht zu“ as zero', () => {
    const result = scoreDimension(gelingen, {
      'gelingen-wertschaetzung': 3,
      'gelingen-kontinuitaet': UNKNOWN,
    });
    expect(result).toMatchObject({ level: 3, gap: 0, status: 'done' });
    expect(result.counts).toEqual({ open: 0, unknown: 1, 'not-applicable': 0, answered: 1 });
  });

  test('has no level when every answer is „Weiß nicht“', () => {
    const result = scoreDimension(gelingen, {
      'gelingen-wertschaetzung': UNKNOWN,
      'gelingen-kontinuitaet': UNKNOWN,
    });
    expect(result).toMatchObject({ level: null, reached: null, gap: null, status: 'done' });
  });

  test.each([
    [{}, 'open'],
    [{ 'gelingen-wertschaetzung': 2 }, 'started'],
    [{ 'gelingen-wertschaetzung': 2, 'gelingen-kontinuitaet': NOT_APPLICABLE }, 'done'],
  ])('with answers %o the dimension is %s', (answers, status) => {
    expect(scoreDimension(gelingen, answers).status).toBe(status);
  });

  test('measures the gap to the target the user set, not below zero', () => {
    expect(scoreDimension(konzept, { 'konzept-stand': 'entwurf' }, { target: 2 }).gap).toBe(1);
    expect(scoreDimension(konzept, { 'konzept-stand': 'beschlossen' }, { target: 2 }).gap).toBe(0);
  });

  test('aims for level 3 with medium importance unless the user says otherwise', () => {
    expect(scoreDimension(konzept, {}).settings).toEqual({ target: 3, importance: 2 });
  });
});

describe('scoreAll', () => {
  test('scores every dimension in the catalogue’s order, with its own settings', () => {
    const results = scoreAll(catalogue, { 'konzept-stand': 'kein' }, { raeume: { importance: 3 } });
    expect(results.map((r) => [r.id, r.status, r.settings.importance])).toEqual([
      ['konzept', 'done', 2],
      ['raeume', 'open', 3],
      ['gelingen', 'open', 2],
    ]);
  });
});
