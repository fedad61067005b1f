import { describe, expect, test } from 'vitest';
import type { Contribution } from '../../../src/lib/selfcheck/priorities';
import { reasonLines, whySentence } from '../../../src/lib/selfcheck/words';

const reason = (overrides: Partial<Contribution>): Contribution => ({
  itemId: 'x',
  dimension: 'foerderung',
  questionId: 'foerderung-form',
  question: 'Wie fördert Ihre Kommune?',
  because: 'Aus einem flexiblen Budget',
  missing: false,
  level: 1,
  target: 3,
  gap: 2,
  weight: 4,
  deciding: true,
  ...overrides,
});

describe('whySentence', () => {
  test('names the deciding answer, the level it gives and the target', () => {
    expect(whySentence([reason({})])).toBe(
      'Ihre Antwort „Aus einem flexiblen Budget“ bestimmt die Stufe im Bereich Förderformen und Budget: Stufe 1 von 3, Ihr Ziel ist Stufe 3.',
    );
  });

  test('names another answer and how far below the target it lies', () => {
    expect(whySentence([reason({ deciding: false, gap: 1, level: 2 })])).toBe(
      'Ihre Antwort „Aus einem flexiblen Budget“ auf „Wie fördert Ihre Kommune?“ liegt 1 Stufe unter Ihrem Ziel (Stufe 3).',
    );
  });

  test('names a choice that was not ticked', () => {
    expect(whySentence([reason({ deciding: false, missing: true, because: 'Strukturförderung' })])).toBe(
      'Bei „Wie fördert Ihre Kommune?“ haben Sie „Strukturförderung“ nicht angekreuzt; dazu gibt das Papier diese Empfehlung.',
    );
  });
});

describe('reasonLines', () => {
  test('puts the missing choices of one question on one line', () => {
    const lines = reasonLines([
      reason({ missing: true, because: 'A', level: 0 }),
      reason({ missing: true, because: 'B', level: 0 }),
      reason({ questionId: 'andere', question: 'Andere Frage?', because: 'ansatzweise' }),
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      '„Wie fördert Ihre Kommune?“ – nicht angekreuzt: „A“, „B“ (Stufe 0, Ihr Ziel: Stufe 3)',
      '„Andere Frage?“ – Ihre Antwort: „ansatzweise“ (Stufe 1, Ihr Ziel: Stufe 3)',
    ]);
  });
});
