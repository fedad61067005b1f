import type { Question } from '../schemas/selfcheck';
import { outcomeOf, type Answers } from './selfcheck/answers';
import { answerContributions, rankItems, type RankedItem } from './selfcheck/priorities';

/** Most next steps the readiness check shows. */
export const READINESS_STEPS = 5;

/** Every statement aims at full agreement (level 3); all weigh the same. */
const aim = { target: 3, importance: 1 };

/**
 * The organisation's next steps after the readiness check, with the self-check's engine: each answer below full
 * agreement points to its items with its gap; an item weighs as much as its strongest answer; ties go to the
 * paper's order. „Weiß nicht“ and „Trifft nicht zu“ put nothing on the list. At most five.
 */
export function readinessSteps(
  questions: readonly Question[],
  answers: Answers,
  paperOrder: readonly string[],
): RankedItem[] {
  const contributions = questions.flatMap((question) =>
    answerContributions(question, outcomeOf(question, answers[question.id]), aim),
  );
  return rankItems(contributions, () => [], paperOrder).slice(0, READINESS_STEPS);
}
