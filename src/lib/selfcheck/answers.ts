import { t } from '../../i18n/t';
import type { Answer } from '../../schemas/assessment';
import type { Question, SelfcheckDimension } from '../../schemas/selfcheck';
import { levelOfTicked, NOT_APPLICABLE, ratingScale, UNKNOWN, type Level } from '../scale';

/** The answers of an assessment, by question id. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;

/** One item an answer points to, and the part of the answer that links it (an option, a missing choice, a rating). */
export interface Link {
  itemId: string;
  /** The words of the answer that link the item, e.g. „Aus einem flexiblen Budget“ or a choice not ticked. */
  because: string;
  /** Whether `because` names a choice that was not ticked. */
  missing: boolean;
}

/** What one answer says, read against its question. */
export type Outcome =
  /** Not answered yet, or an answer that does not fit the question. */
  | { state: 'open' }
  /** A follow-up whose condition is not met: not asked and not counted, whatever is stored. */
  | { state: 'skipped' }
  /** „Weiß nicht“: a real answer that says the level is unknown; never a zero. */
  | { state: 'unknown' }
  /** „Trifft nicht zu“: the question does not apply and does not count. */
  | { state: 'not-applicable' }
  | {
      state: 'answered';
      level: Level;
      /** The answer in words: the option, the ticked choices (or „Nichts davon“), the rating. */
      text: string;
      /** Items the answer points to; they count while the answer is below the target. */
      links: Link[];
      /** The ticked choices' labels, in the catalogue's order (multiple choice only). */
      ticked?: string[];
    };

/** The answered state of an outcome, as a type guard. */
export const isAnswered = (
  outcome: Outcome | undefined,
): outcome is Extract<Outcome, { state: 'answered' }> => outcome?.state === 'answered';

/**
 * Whether a question is asked, given the other answers: a follow-up (`askIf`) only when its condition
 * question is asked and has one of the listed options, or, for a multiple-choice condition, a ticked choice.
 */
export function isAsked(question: Question, dimension: SelfcheckDimension, answers: Answers): boolean {
  const condition = question.askIf;
  if (condition === undefined) return true;
  const parent = dimension.questions.find((candidate) => candidate.id === condition.question);
  if (parent === undefined || parent === question || !isAsked(parent, dimension, answers)) return false;
  const answer = answers[parent.id];
  if (condition.answers === undefined) return Array.isArray(answer) && answer.length > 0;
  return typeof answer === 'string' && condition.answers.includes(answer);
}

/** Reads one answer against its question; an answer that does not fit the question counts as open. */
export function outcomeOf(question: Question, answer: Answer | undefined): Outcome {
  if (answer === undefined) return { state: 'open' };
  if (answer === UNKNOWN) return { state: 'unknown' };
  if (answer === NOT_APPLICABLE)
    return question.notApplicable ? { state: 'not-applicable' } : { state: 'open' };
  switch (question.kind) {
    case 'single': {
      const option = question.options.find((candidate) => candidate.id === answer);
      if (option === undefined) return { state: 'open' };
      const links = option.recommendations.map((itemId) => ({
        itemId,
        because: option.label,
        missing: false,
      }));
      return { state: 'answered', level: option.level as Level, text: option.label, links };
    }
    case 'multi': {
      if (!Array.isArray(answer)) return { state: 'open' };
      const ticked = question.choices.filter((choice) => answer.includes(choice.id));
      const links = question.choices
        .filter((choice) => !answer.includes(choice.id))
        .flatMap((choice) =>
          choice.recommendationsIfMissing.map((itemId) => ({ itemId, because: choice.label, missing: true })),
        );
      return {
        state: 'answered',
        level: levelOfTicked(question.thresholds, ticked.length) as Level,
        text:
          ticked.length > 0 ? ticked.map((choice) => choice.label).join('; ') : t('selbstcheck.noneOfThese'),
        links,
        ticked: ticked.map((choice) => choice.label),
      };
    }
    case 'rating': {
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer > 3)
        return { state: 'open' };
      const level = answer as Level;
      const links = question.recommendations.map((itemId) => ({
        itemId,
        because: ratingScale[level],
        missing: false,
      }));
      return { state: 'answered', level, text: ratingScale[level], links };
    }
  }
}

/** Every question's outcome in a dimension, follow-ups whose condition is not met as `skipped`. */
export function outcomesOf(dimension: SelfcheckDimension, answers: Answers): Record<string, Outcome> {
  return Object.fromEntries(
    dimension.questions.map((question) => [
      question.id,
      isAsked(question, dimension, answers)
        ? outcomeOf(question, answers[question.id])
        : { state: 'skipped' },
    ]),
  );
}
