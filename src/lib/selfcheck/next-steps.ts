import type { DimensionId } from '../../data/taxonomy';
import type { DimensionResult } from './levels';
import type { Contribution, RankedItem } from './priorities';

/** Fewest and most next steps the result leads with. */
export const MIN_STEPS = 3;
export const MAX_STEPS = 5;

/** One of the few recommendations the result leads with, and the answers of its dimension that put it there. */
export interface NextStep {
  itemId: string;
  dimension: DimensionId;
  /** The answers of `dimension` that point to the item, strongest first. */
  reasons: Contribution[];
  /** The largest weight of those answers. */
  weight: number;
}

/**
 * Dimensions below their target whose level is known, the largest weighted gap first; at equal weight the
 * one the user rated more important, then the catalogue's order.
 */
export function dimensionsBelowTarget(results: readonly DimensionResult[]): DimensionResult[] {
  return results
    .filter((result) => result.weightedGap !== null && result.weightedGap > 0)
    .sort(
      (a, b) =>
        (b.weightedGap ?? 0) - (a.weightedGap ?? 0) ||
        b.settings.importance - a.settings.importance ||
        results.indexOf(a) - results.indexOf(b),
    );
}

/** A possible next step: an item as seen from one dimension. */
interface Candidate extends NextStep {
  importance: number;
  /** Whether it comes from the answer that decides the dimension's level. */
  deciding: boolean;
  /** Position in the overall ranking (which already orders by own dimension, then the paper). */
  rank: number;
}

/**
 * Each dimension offers at most two candidates: the step that raises its level (from the deciding answer, or,
 * in a dimension without one, its highest-ranked item) and, in a dimension with a deciding question, the item
 * of its weakest other answer. All candidates are ordered by the weight of their answers, then by the
 * dimension's importance, the deciding answer first, then the overall ranking; the first five lead, each item
 * once. When fewer than three are found, further items of the same dimensions follow.
 */
export function nextSteps(
  results: readonly DimensionResult[],
  ranked: readonly RankedItem[],
  leadable: (itemId: string) => boolean,
): NextStep[] {
  const candidates = results.flatMap((result) => {
    const dimension = result.id;
    const offer = (item: RankedItem, deciding: boolean): Candidate => {
      const reasons = item.reasons.filter((reason) => reason.dimension === dimension);
      return {
        itemId: item.itemId,
        dimension,
        reasons,
        weight: Math.max(...reasons.map((reason) => reason.weight)),
        importance: result.settings.importance,
        deciding,
        rank: ranked.indexOf(item),
      };
    };
    const pool = ranked
      .filter(
        (item) => leadable(item.itemId) && item.reasons.some((reason) => reason.dimension === dimension),
      )
      .map((item) =>
        offer(
          item,
          item.reasons.some((r) => r.dimension === dimension && r.deciding),
        ),
      );
    const byWeight = [...pool].sort((a, b) => b.weight - a.weight || a.rank - b.rank);
    const deciding = byWeight.find((candidate) => candidate.deciding);
    if (deciding === undefined) return byWeight.slice(0, 1);
    const other = byWeight.find(
      (candidate) => candidate !== deciding && candidate.reasons.some((reason) => !reason.deciding),
    );
    return other === undefined ? [deciding] : [deciding, other];
  });
  candidates.sort(
    (a, b) =>
      b.weight - a.weight ||
      b.importance - a.importance ||
      Number(b.deciding) - Number(a.deciding) ||
      a.rank - b.rank,
  );
  const steps: NextStep[] = [];
  const taken = new Set<string>();
  const add = ({ itemId, dimension, reasons, weight }: NextStep): void => {
    if (taken.has(itemId) || steps.length >= MAX_STEPS) return;
    taken.add(itemId);
    steps.push({ itemId, dimension, reasons, weight });
  };
  candidates.forEach(add);
  if (steps.length < MIN_STEPS) {
    // Few dimensions below target: their further items, in the overall ranking.
    const dimensions = new Set(steps.map((step) => step.dimension));
    for (const item of ranked) {
      if (steps.length >= MIN_STEPS) break;
      const reason = item.reasons.find(
        (candidate) => candidate.dimension !== null && dimensions.has(candidate.dimension),
      );
      if (reason?.dimension == null || !leadable(item.itemId)) continue;
      const { dimension } = reason;
      const reasons = item.reasons.filter((candidate) => candidate.dimension === dimension);
      add({ itemId: item.itemId, dimension, reasons, weight: reason.weight });
    }
  }
  return steps;
}
