import { describe, expect, test } from 'vitest';
import { dimensions } from '../../../src/data/taxonomy';
import { t } from '../../../src/i18n/t';
import { importanceLabels, ratingScale } from '../../../src/lib/scale';
import { conditionOf, worksheet } from '../../../src/lib/workshop/worksheet';
import type { Question, SelfcheckDimension } from '../../../src/schemas/selfcheck';
import { catalogue } from '../../fixtures/catalogue';
import { loadSelfcheck } from '../../fixtures/data';

const [konzept] = catalogue as [SelfcheckDimension];
const followUp = konzept.questions[1] as Question;
const withCondition = (askIf: Question['askIf']): Question => ({ ...followUp, askIf });

describe('conditionOf', () => {
  test('says nothing for a question that is always asked', () => {
    expect(conditionOf(konzept.questions[0] as Question, konzept)).toBeUndefined();
  });

  test.each([
    [['beschlossen'], 'Nur beantworten, wenn Sie bei Frage konzept-stand „Beschlossen“ angekreuzt haben.'],
    [
      ['papier', 'beschlossen'],
      'Nur beantworten, wenn Sie bei Frage konzept-stand „Strategiepapier“ oder „Beschlossen“ angekreuzt haben.',
    ],
    [
      ['entwurf', 'papier', 'beschlossen'],
      'Nur beantworten, wenn Sie bei Frage konzept-stand „In Vorbereitung“, „Strategiepapier“ oder „Beschlossen“ angekreuzt haben.',
    ],
  ])('names the options %j in the self-check’s words', (answers, words) => {
    expect(conditionOf(withCondition({ question: 'konzept-stand', answers }), konzept)).toBe(words);
  });

  test('after a multiple-choice question, asks for a ticked choice rather than a special answer', () => {
    const raeume = catalogue[1] as SelfcheckDimension;
    const question = { ...(raeume.questions[1] as Question), askIf: { question: 'raeume-formen' } };
    expect(conditionOf(question, raeume)).toBe(
      'Nur beantworten, wenn Sie bei Frage raeume-formen mindestens eine der aufgezählten Möglichkeiten angekreuzt haben, nicht „Nichts davon“ oder „Weiß nicht“.',
    );
  });

  test.each([
    [{ question: 'gibt-es-nicht', answers: ['kein'] }, /gibt-es-nicht/],
    [{ question: 'konzept-stand', answers: ['vielleicht'] }, /vielleicht/],
  ])('fails loudly on a condition the catalogue cannot meet: %j', (askIf, message) => {
    expect(() => conditionOf(withCondition(askIf), konzept)).toThrow(message);
  });
});

describe('worksheet of the real catalogue', () => {
  const real = loadSelfcheck();
  const sheet = worksheet(real);

  test('has every dimension in order, numbered as in the self-check', () => {
    expect(sheet.map((dimension) => [dimension.step, dimension.name])).toEqual(
      real.map((dimension, index) => [
        `Bereich ${String(index + 1)} von ${String(real.length)}`,
        dimensions[dimension.id],
      ]),
    );
  });

  test.each(
    real.flatMap((dimension) =>
      dimension.questions.map((question) => [question.id, dimension, question] as const),
    ),
  )('„%s“ is on the sheet with the self-check’s words and answers, in order', (id, dimension, question) => {
    const printed = sheet
      .find((entry) => entry.id === dimension.id)
      ?.questions.find((entry) => entry.id === id);
    const answers =
      question.kind === 'single'
        ? question.options.map((option) => option.label)
        : question.kind === 'multi'
          ? question.choices.map((choice) => choice.label)
          : [...ratingScale];
    const specials = [
      ...(question.kind === 'multi' ? [t('selbstcheck.noneOfThese')] : []),
      t('selbstcheck.unknown'),
      ...(question.notApplicable ? [t('selbstcheck.notApplicable')] : []),
    ];
    expect(printed).toMatchObject({ text: question.text, help: question.help, answers, specials });
    expect(printed?.condition === undefined).toBe(question.askIf === undefined);
  });

  test('offers target levels 1–3 and the three importances of each dimension as in the self-check', () => {
    for (const [index, dimension] of real.entries()) {
      expect(sheet[index]?.targets).toEqual(
        ([1, 2, 3] as const).map((level) => `Stufe ${String(level)}: ${dimension.levels[level].label}`),
      );
      expect(sheet[index]?.importances).toEqual(Object.values(importanceLabels));
    }
  });
});
