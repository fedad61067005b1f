import type { DimensionId } from '../data/taxonomy';
import type { SelfcheckDimension } from '../schemas/selfcheck';
import { round } from './charts/scene';
import type { DimensionResult } from './scoring';

/** Why an item is on the list: one answer, in a dimension below its target. */
export interface Reason {
  dimension: DimensionId;
  questionId: string;
  question: string;
  answer: string;
}

/** One recommendation (or other item) to take on, with everything that put it there. */
export interface Priority {
  itemId: string;
  /** Gap to the target times importance, for the strongest reason. */
  weight: number;
  /** The dimension of the strongest reason. */
  dimension: DimensionId;
  reasons: Reason[];
}

/**
 * Ranks the items the answers point to, across all dimensions. An item counts only while its
 * dimension is below the target and the answer itself is below it; its weight is the dimension's gap
 * times its importance. Ties go to the item with more reasons, then to the paper's order.
 * Dimensions without a level (unanswered, or only „Weiß nicht“) put nothing on the list.
 */
export function rankPriorities(
  results: readonly DimensionResult[],
  catalogue: readonly SelfcheckDimension[],
  paperOrder: readonly string[],
): Priority[] {
  const byItem = new Map<string, Priority>();
  for (const result of results) {
    if (result.gap === null || result.gap <= 0) continue;
    const weight = result.gap * result.settings.importance;
    const dimension = catalogue.find((d) => d.id === result.id);
    for (const question of dimension?.questions ?? []) {
      const outcome = result.outcomes[question.id];
      if (outcome?.state !== 'answered' || outcome.level >= result.settings.target) continue;
      const reason = {
        dimension: result.id,
        questionId: question.id,
        question: question.text,
        answer: outcome.answer,
      };
      for (const itemId of outcome.recommendations) {
        const entry = byItem.get(itemId);
        if (!entry) {
          byItem.set(itemId, { itemId, weight, dimension: result.id, reasons: [reason] });
          continue;
        }
        entry.reasons.push(reason);
        if (weight > entry.weight) Object.assign(entry, { weight, dimension: result.id });
      }
    }
  }
  const position = paperPosition(paperOrder);
  return [...byItem.values()].sort(
    (a, b) =>
      b.weight - a.weight || b.reasons.length - a.reasons.length || position(a.itemId) - position(b.itemId),
  );
}

/** Where an item stands in the paper, for breaking ties; unknown ids go last. */
export function paperPosition(paperOrder: readonly string[]): (id: string) => number {
  return (id) => {
    const index = paperOrder.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
}

/** Dimensions below their target, weakest (largest weighted gap) first. */
export function weakDimensions(results: readonly DimensionResult[]): DimensionResult[] {
  return results
    .filter((r) => r.gap !== null && r.gap > 0)
    .sort((a, b) => (b.gap ?? 0) * b.settings.importance - (a.gap ?? 0) * a.settings.importance);
}

/** Change per dimension between an earlier and the current result. */
export interface Change {
  id: DimensionId;
  before: number | null;
  after: number | null;
  /** after − before, or null when either is unknown. */
  delta: number | null;
}

/** Compares two results dimension by dimension, in the order of the current one. */
export function compareResults(
  before: readonly DimensionResult[],
  after: readonly DimensionResult[],
): Change[] {
  return after.map((current) => {
    const earlier = before.find((r) => r.id === current.id)?.level ?? null;
    const delta = earlier === null || current.level === null ? null : round(current.level - earlier);
    return { id: current.id, before: earlier, after: current.level, delta };
  });
}
