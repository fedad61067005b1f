import { dimensions } from '../../data/taxonomy';
import { count, formatNumber, t } from '../../i18n/t';
import type { SelfcheckDimension } from '../../schemas/selfcheck';
import { importanceLabels } from '../scale';
import type { Outcome } from './answers';
import type { DimensionResult } from './levels';
import type { Contribution } from './priorities';

/** A level or mean as German text, one decimal at most: 1,5. */
export const decimal = (value: number): string => formatNumber(value, true);

/**
 * A dimension's level in words, as the result table and the printout state it: the deciding answer's level
 * with the dimension's words for it, a mean called a mean, or that the level is unknown or still open.
 */
export function levelWords(dimension: SelfcheckDimension, result: DimensionResult): string {
  const { level } = result;
  const question = (id: string | undefined) =>
    dimension.questions.find((candidate) => candidate.id === id)?.text;
  switch (level.kind) {
    case 'decided':
      return t('selbstcheck.levelDecided', { level: level.level, label: level.label });
    case 'mean':
      return t('selbstcheck.levelMean', {
        mean: decimal(level.mean),
        answers: count(level.count, t('selbstcheck.answerOne'), t('selbstcheck.answerOther')),
      });
    case 'unknown': {
      const text = question(level.questionId);
      return text === undefined
        ? t('selbstcheck.levelUnknownAll')
        : t('selbstcheck.levelUnknown', { question: text });
    }
    case 'open': {
      const text = question(level.questionId);
      return text === undefined
        ? t('selbstcheck.levelOpen')
        : t('selbstcheck.levelOpenQuestion', { question: text });
    }
  }
}

/** The level in a few words, for the chart's row labels: „Stufe 2“, „Mittelwert 1,5“, „unbekannt“, „offen“. */
export function levelShort(result: DimensionResult): string {
  const { level } = result;
  if (level.kind === 'decided') return t('selbstcheck.level', { level: level.level });
  if (level.kind === 'mean') return t('selbstcheck.meanShort', { mean: decimal(level.mean) });
  return level.kind === 'unknown' ? t('selbstcheck.unknownShort') : t('selbstcheck.openShort');
}

/** Target and importance in words, and whether each is the default the user has not chosen. */
export function settingsWords(result: DimensionResult): {
  target: string;
  importance: string;
  targetPreset: boolean;
  importancePreset: boolean;
} {
  const { target, importance, targetSet, importanceSet } = result.settings;
  return {
    target: t('selbstcheck.level', { level: target }),
    importance: importanceLabels[importance as keyof typeof importanceLabels],
    targetPreset: !targetSet,
    importancePreset: !importanceSet,
  };
}

/** How many levels an answer lies below its target, in words. */
const levelsBelow = (gap: number): string =>
  count(gap, t('selbstcheck.levelOne'), t('selbstcheck.levelOther'));

/** The answers of one question that point to an item, as one line: the question and what was answered. */
export interface ReasonLine {
  questionId: string;
  text: string;
}

/** The reasons of an item, one line per question: „„…?“ – Ihre Antwort: „…“ (Stufe 1, Ihr Ziel: Stufe 3)“. */
export function reasonLines(reasons: readonly Contribution[]): ReasonLine[] {
  const byQuestion = new Map<string, Contribution[]>();
  for (const reason of reasons)
    byQuestion.set(reason.questionId, [...(byQuestion.get(reason.questionId) ?? []), reason]);
  return [...byQuestion].map(([questionId, found]) => {
    const [first] = found as [Contribution, ...Contribution[]];
    const vars = { question: first.question, level: first.level, target: first.target };
    const text = first.missing
      ? t('selbstcheck.reasonMissing', {
          ...vars,
          choices: found.map((reason) => `„${reason.because}“`).join(', '),
        })
      : t('selbstcheck.reasonAnswer', { ...vars, answer: first.because });
    return { questionId, text };
  });
}

/** One sentence on why the strongest of these answers leads to the step. */
export function whySentence(reasons: readonly Contribution[]): string {
  const [strongest] = reasons;
  if (strongest === undefined) return '';
  if (strongest.deciding && strongest.dimension !== null) {
    return t('selbstcheck.whyDeciding', {
      answer: strongest.because,
      dimension: dimensions[strongest.dimension],
      level: strongest.level,
      target: strongest.target,
    });
  }
  if (strongest.missing) {
    return t('selbstcheck.whyMissing', { choice: strongest.because, question: strongest.question });
  }
  return t('selbstcheck.whyAnswer', {
    answer: strongest.because,
    question: strongest.question,
    below: levelsBelow(strongest.gap),
    target: strongest.target,
  });
}

/** An answer in words, as the summary and the printout show it. */
export function answerWords(outcome: Outcome | undefined): string {
  switch (outcome?.state) {
    case 'answered':
      return outcome.text;
    case 'unknown':
      return t('selbstcheck.unknown');
    case 'not-applicable':
      return t('selbstcheck.notApplicable');
    case 'skipped':
      return t('selbstcheck.notAsked');
    default:
      return t('selbstcheck.notAnswered');
  }
}
