import type { Question } from '../schemas/selfcheck';
import { scoreQuestion, type Answers } from './scoring';
import { paperPosition, type Reason } from './priorities';

/** One item to take on after the readiness check, with the answers that put it there. */
export interface ReadinessPriority {
  itemId: string;
  /** Sum over its reasons of how far each answer is below full agreement (level 3). */
  weight: number;
  reasons: Omit<Reason, 'dimension'>[];
}

/** Level of full agreement: every answer below it points to the question's recommendations. */
const TARGET = 3;

/**
 * Ranks the items the readiness answers point to, with the self-check's engine: each answer is scored by
 * `scoreQuestion`; an answered question below full agreement adds its gap to each of its items. Ties go to
 * the paper's order. „Weiß nicht“ and „Trifft nicht zu“ put nothing on the list.
 */
export function rankReadiness(
  questions: readonly Question[],
  answers: Answers,
  paperOrder: readonly string[],
): ReadinessPriority[] {
  const byItem = new Map<string, ReadinessPriority>();
  for (const question of questions) {
    const outcome = scoreQuestion(question, answers[question.id]);
    if (outcome.state !== 'answered' || outcome.level >= TARGET) continue;
    const gap = TARGET - outcome.level;
    const reason = { questionId: question.id, question: question.text, answer: outcome.answer };
    for (const itemId of outcome.recommendations) {
      const entry = byItem.get(itemId) ?? { itemId, weight: 0, reasons: [] };
      entry.weight += gap;
      entry.reasons.push(reason);
      byItem.set(itemId, entry);
    }
  }
  const position = paperPosition(paperOrder);
  return [...byItem.values()].sort((a, b) => b.weight - a.weight || position(a.itemId) - position(b.itemId));
}
