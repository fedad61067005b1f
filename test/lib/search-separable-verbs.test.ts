import { describe, expect, test } from 'vitest';
import { joinSeparableVerb } from '../../src/lib/search-separable-verbs';

const known = (key: string) => ['abrufen', 'anmelden'].includes(key);

describe('joinSeparableVerb', () => {
  test.each([
    [
      ['Warum', 'rufen', 'Vereine', 'die', 'Mittel', 'nicht', 'ab'],
      ['Warum', 'abrufen', 'Vereine', 'die', 'Mittel', 'nicht'],
    ],
    [
      ['Wo', 'melden', 'wir', 'uns', 'an'],
      ['Wo', 'anmelden', 'wir', 'uns'],
    ],
  ])('joins the particle that closes %j to its verb', (typed, expected) => {
    expect(joinSeparableVerb(typed, known)).toEqual(expected);
  });

  test.each([[['Wer', 'macht', 'mit']], [['Geld', 'für', 'Vereine']], [['ab']]])(
    'leaves %j as typed when no known word comes of it',
    (typed) => {
      expect(joinSeparableVerb(typed, known)).toEqual(typed);
    },
  );
});
