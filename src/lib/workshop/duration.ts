import { dimensions } from '../../data/taxonomy';
import { t } from '../../i18n/t';
import { importanceLabels, ratingScale } from '../scale';
import type { Question, SelfcheckDimension } from '../../schemas/selfcheck';
import type { Estimate } from '../../schemas/workshop';

/** Counts words: runs of non-space characters with at least one letter or digit („–“ is not a word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Everything the self-check shows for one question: its text, help text, answers and special answers. */
export function questionText(question: Question): string[] {
  const answers =
    question.kind === 'single'
      ? question.options.map((option) => option.label)
      : question.kind === 'multi'
        ? [...question.choices.map((choice) => choice.label), t('selbstcheck.noneOfThese')]
        : [...ratingScale];
  const specials = [
    t('selbstcheck.unknown'),
    ...(question.notApplicable ? [t('selbstcheck.notApplicable')] : []),
  ];
  return [question.text, question.help, ...answers, t('selbstcheck.or'), ...specials];
}

/** What the self-check shows around the questions of a dimension: its name, intro, target and importance. */
export function dimensionText(dimension: SelfcheckDimension): string[] {
  return [
    dimensions[dimension.id],
    dimension.intro,
    t('selbstcheck.goals'),
    t('selbstcheck.goalsHint'),
    t('selbstcheck.target'),
    ...dimension.levels.slice(1).map((level) => level.label),
    t('selbstcheck.importance'),
    ...Object.values(importanceLabels),
  ];
}

/** The estimate's figures, for one way through the self-check. */
export interface Way {
  /** Words read. */
  words: number;
  /** Questions answered. */
  questions: number;
  /** Minutes: reading plus answering, rounded up. */
  minutes: number;
}

/** How long one department needs for the self-check, without and with every follow-up question. */
export interface SelfcheckDuration {
  /** Follow-ups never asked: the shortest way. */
  least: Way;
  /** Every follow-up asked: the longest way. */
  most: Way;
  /** Settings per way: target and importance for each dimension. */
  settings: number;
}

/**
 * Estimates the time one department needs for the self-check from the catalogue: every word the self-check shows
 * (dimension intros, questions, help texts, answers, target and importance) at `estimate.wordsPerMinute`, plus
 * `secondsPerQuestion` for each question and `secondsPerSetting` for each target and importance. A reading-time
 * estimate, not a measurement with people.
 */
export function selfcheckDuration(
  catalogue: readonly SelfcheckDimension[],
  estimate: Estimate,
): SelfcheckDuration {
  const settings = catalogue.length * 2;
  const frame = catalogue.flatMap(dimensionText).reduce((sum, text) => sum + countWords(text), 0);
  const way = (questions: Question[]): Way => {
    const words = frame + questions.flatMap(questionText).reduce((sum, text) => sum + countWords(text), 0);
    const seconds =
      (words / estimate.wordsPerMinute) * 60 +
      questions.length * estimate.secondsPerQuestion +
      settings * estimate.secondsPerSetting;
    return { words, questions: questions.length, minutes: Math.ceil(seconds / 60) };
  };
  const all = catalogue.flatMap((dimension) => dimension.questions);
  return { least: way(all.filter((question) => question.askIf === undefined)), most: way(all), settings };
}
