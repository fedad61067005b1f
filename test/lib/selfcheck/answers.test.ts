import { describe, expect, test } from 'vitest';
import { isAsked, outcomeOf, outcomesOf } from '../../../src/lib/selfcheck/answers';
import type { Question } from '../../../src/schemas/selfcheck';
import { catalogue } from '../../fixtures/catalogue';

const [konzept, raeume, gelingen] = catalogue as [
  (typeof catalogue)[number],
  (typeof catalogue)[number],
  (typeof catalogue)[number],
];
const question = (dimension: typeof konzept, id: string): Question => {
  const found = dimension.questions.find((q) => q.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const stand = question(konzept, 'konzept-stand');
const formen = question(raeume, 'raeume-formen');
const rating = question(gelingen, 'gelingen-wertschaetzung');

describe('outcomeOf', () => {
  test.each([
    ['kein', 0, 'Kein Konzept', ['strategie', 'gremienbeschluss']],
    ['papier', 2, 'Strategiepapier', ['gremienbeschluss']],
    ['beschlossen', 3, 'Beschlossen', []],
  ])(
    'reads the option %s of a single-choice question as level %i with its links',
    (answer, level, text, items) => {
      const outcome = outcomeOf(stand, answer);
      expect(outcome).toMatchObject({ state: 'answered', level, text });
      expect(outcome.state === 'answered' && outcome.links.map((link) => link.itemId)).toEqual(items);
    },
  );

  test('links the items of the choices that are not ticked, naming each missing choice', () => {
    const outcome = outcomeOf(formen, ['analog']);
    expect(outcome).toMatchObject({
      state: 'answered',
      level: 1,
      text: 'Begegnungsräume',
      ticked: ['Begegnungsräume'],
    });
    expect(outcome.state === 'answered' && outcome.links).toEqual([
      { itemId: 'raeume-bereitstellen', because: 'Räume für MO', missing: true },
      { itemId: 'zentrum', because: 'Interkulturelles Zentrum', missing: true },
    ]);
  });

  test('scores „Nichts davon“ (an empty list) like ticking nothing: level 0, every choice missing', () => {
    const outcome = outcomeOf(formen, []);
    expect(outcome).toMatchObject({ state: 'answered', level: 0, text: 'Nichts davon', ticked: [] });
    expect(outcome.state === 'answered' && outcome.links).toHaveLength(3);
  });

  test('names a rating in words', () => {
    expect(outcomeOf(rating, 1)).toMatchObject({ state: 'answered', level: 1, text: 'ansatzweise' });
  });

  test.each([
    ['no answer', undefined, 'open'],
    ['„Weiß nicht“', 'weiss-nicht', 'unknown'],
    ['an option the question does not have', 'vielleicht', 'open'],
    ['a list for a single-choice question', ['kein'], 'open'],
    ['„Trifft nicht zu“ where it is not offered', 'trifft-nicht-zu', 'open'],
  ])('reads %s as %s, never as level 0', (_case, answer, state) => {
    expect(outcomeOf(stand, answer).state).toBe(state);
  });

  test('reads „Trifft nicht zu“ as not applicable where it is offered', () => {
    expect(outcomeOf(question(raeume, 'raeume-genutzt'), 'trifft-nicht-zu').state).toBe('not-applicable');
  });
});

describe('follow-up questions', () => {
  const inhalte = question(konzept, 'konzept-inhalte');

  test.each([
    [undefined, false],
    ['weiss-nicht', false],
    ['kein', false],
    ['entwurf', false],
    ['papier', true],
    ['beschlossen', true],
  ])('are asked after konzept-stand = %s: %s', (answer, asked) => {
    expect(isAsked(inhalte, konzept, answer === undefined ? {} : { 'konzept-stand': answer })).toBe(asked);
  });

  test('count as skipped, with whatever is stored, while their condition is not met', () => {
    const outcomes = outcomesOf(konzept, { 'konzept-stand': 'kein', 'konzept-inhalte': [] });
    expect(outcomes['konzept-inhalte']).toEqual({ state: 'skipped' });
  });
});
