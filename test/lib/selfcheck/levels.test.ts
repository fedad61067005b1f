import { describe, expect, test } from 'vitest';
import { levelOf, scoreDimension, settingsOf } from '../../../src/lib/selfcheck/levels';
import { outcomesOf } from '../../../src/lib/selfcheck/answers';
import { levelWords } from '../../../src/lib/selfcheck/words';
import { isAnswered } from '../../../src/lib/selfcheck/answers';
import type { Answer, Assessment } from '../../../src/schemas/assessment';
import type { Question, SelfcheckDimension } from '../../../src/schemas/selfcheck';
import { catalogue } from '../../fixtures/catalogue';
import { loadSelfcheck } from '../../fixtures/data';

const [konzept, , gelingen] = catalogue as [SelfcheckDimension, SelfcheckDimension, SelfcheckDimension];
const score = (
  dimension: SelfcheckDimension,
  answers: Assessment['answers'],
  settings: Assessment['settings'] = {},
) => scoreDimension(dimension, { answers, settings });

describe('levelOf', () => {
  test('takes the level and its words from the deciding answer, whatever the follow-up says', () => {
    const level = levelOf(konzept, outcomesOf(konzept, { 'konzept-stand': 'papier', 'konzept-inhalte': [] }));
    expect(level).toEqual({
      kind: 'decided',
      level: 2,
      label: 'zwei',
      questionId: 'konzept-stand',
      answer: 'Strategiepapier',
    });
  });

  test('says the level is unknown when the deciding answer is „Weiß nicht“', () => {
    expect(levelOf(konzept, outcomesOf(konzept, { 'konzept-stand': 'weiss-nicht' }))).toEqual({
      kind: 'unknown',
      questionId: 'konzept-stand',
    });
  });

  test('leaves the level open while the deciding question is unanswered', () => {
    expect(levelOf(konzept, outcomesOf(konzept, {})).kind).toBe('open');
  });

  test('gives a dimension without a deciding question the mean of its answers, never a level', () => {
    const outcomes = outcomesOf(gelingen, {
      'gelingen-wertschaetzung': 3,
      'gelingen-kontinuitaet': 'weiss-nicht',
    });
    expect(levelOf(gelingen, outcomes)).toEqual({ kind: 'mean', mean: 3, count: 1 });
    const both = outcomesOf(gelingen, { 'gelingen-wertschaetzung': 3, 'gelingen-kontinuitaet': 0 });
    expect(levelOf(gelingen, both)).toEqual({ kind: 'mean', mean: 1.5, count: 2 });
  });

  test('says the level is unknown when every answer of such a dimension is „Weiß nicht“', () => {
    const outcomes = outcomesOf(gelingen, { 'gelingen-wertschaetzung': 'weiss-nicht' });
    expect(levelOf(gelingen, outcomes).kind).toBe('unknown');
  });
});

describe('scoreDimension', () => {
  test('measures the gap to the target, weighted by importance, never below zero', () => {
    expect(
      score(konzept, { 'konzept-stand': 'entwurf' }, { konzept: { target: 3, importance: 3 } }),
    ).toMatchObject({
      value: 1,
      gap: 2,
      weightedGap: 6,
    });
    expect(score(konzept, { 'konzept-stand': 'beschlossen' }, { konzept: { target: 2 } }).gap).toBe(0);
  });

  test('has no gap while the level is unknown', () => {
    expect(score(konzept, { 'konzept-stand': 'weiss-nicht' })).toMatchObject({ value: null, gap: null });
  });

  test('counts only the questions that are asked for its status', () => {
    expect(score(konzept, { 'konzept-stand': 'kein' }).status).toBe('done');
    expect(score(konzept, { 'konzept-stand': 'papier' }).status).toBe('started');
    expect(score(konzept, {}).status).toBe('open');
  });
});

describe('settingsOf', () => {
  test.each([
    [{}, { target: 3, importance: 2, targetSet: false, importanceSet: false }],
    [{ target: 1 }, { target: 1, importance: 2, targetSet: true, importanceSet: false }],
    [{ importance: 3 }, { target: 3, importance: 3, targetSet: false, importanceSet: true }],
  ])('fills in what %o leaves out and says which values are preset', (setting, expected) => {
    expect(settingsOf({ settings: { gremien: setting } }, 'gremien')).toEqual(expected);
  });
});

describe('the words of a level, for every option of every deciding question of the real catalogue', () => {
  const real = loadSelfcheck();
  /** A few fixed sets of other answers: everything at its lowest, at its highest, „Weiß nicht“, none. */
  const others = (
    dimension: SelfcheckDimension,
    pick: 'low' | 'high' | 'unknown' | 'none',
  ): Assessment['answers'] =>
    Object.fromEntries(
      dimension.questions.flatMap((question: Question): [string, Answer][] => {
        if (pick === 'none') return [];
        if (pick === 'unknown') return [[question.id, 'weiss-nicht']];
        switch (question.kind) {
          case 'single':
            return [
              [question.id, (pick === 'low' ? question.options[0] : question.options.at(-1))?.id ?? ''],
            ];
          case 'multi':
            return [[question.id, pick === 'low' ? [] : question.choices.map((choice) => choice.id)]];
          case 'rating':
            return [[question.id, pick === 'low' ? 0 : 3]];
        }
      }),
    );
  const cases = real.flatMap((dimension) => {
    const deciding = dimension.questions.find((question) => question.id === dimension.decidedBy);
    if (deciding === undefined) return [];
    const answers =
      deciding.kind === 'single'
        ? deciding.options.map((option) => option.id as string | string[])
        : deciding.kind === 'multi'
          ? deciding.choices.map((_, n) => deciding.choices.slice(0, n).map((choice) => choice.id))
          : [];
    return answers.flatMap((answer) =>
      (['low', 'high', 'unknown', 'none'] as const).map(
        (pick) => [dimension.id, JSON.stringify(answer), pick, dimension, deciding, answer] as const,
      ),
    );
  });

  test.each(cases)(
    '%s = %s with the other answers %s names that option’s level',
    (_, __, pick, dimension, deciding, answer) => {
      const answers = { ...others(dimension, pick), [deciding.id]: answer };
      const result = scoreDimension(dimension, { answers, settings: {} });
      const outcome = result.outcomes[deciding.id];
      if (!isAnswered(outcome)) throw new Error('the deciding answer was not read');
      expect(levelWords(dimension, result)).toBe(
        `Stufe ${String(outcome.level)} von 3: ${dimension.levels[outcome.level].label}`,
      );
    },
  );

  test.each(
    real
      .filter((dimension) => dimension.decidedBy !== undefined)
      .map((dimension) => [dimension.id, dimension] as const),
  )(
    '%s says its level is unknown after „Weiß nicht“ on the deciding question, whatever else is answered',
    (_, dimension) => {
      const answers = { ...others(dimension, 'high'), [dimension.decidedBy ?? '']: 'weiss-nicht' };
      expect(levelWords(dimension, scoreDimension(dimension, { answers, settings: {} }))).toMatch(
        /^Stufe unbekannt/,
      );
    },
  );
});
