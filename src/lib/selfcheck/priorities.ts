import type { DimensionId } from '../../data/taxonomy';
import type { Question, SelfcheckDimension } from '../../schemas/selfcheck';
import { round } from '../charts/scene';
import { isAnswered, type Outcome } from './answers';
import type { DimensionResult } from './levels';

/** One answer below its target that points to an item: why the item is on the list, and how much it weighs. */
export interface Contribution {
  itemId: string;
  /** The question's dimension; null for the readiness check, whose questions belong to none. */
  dimension: DimensionId | null;
  questionId: string;
  /** The question as the user read it. */
  question: string;
  /** The part of the answer that links the item: an option, a choice not ticked, a rating. */
  because: string;
  /** Whether `because` is a choice the user did not tick. */
  missing: boolean;
  /** The answer's level and the dimension's target. */
  level: number;
  target: number;
  /** Target minus level. */
  gap: number;
  /** Gap times the dimension's importance. */
  weight: number;
  /** Whether the question decides its dimension's level. */
  deciding: boolean;
}

/** An item to take on, with every answer that points to it. */
export interface RankedItem {
  itemId: string;
  /** The largest weight of its contributions. */
  weight: number;
  /** The strongest contribution: largest weight, then from one of the item's own dimensions, then catalogue order. */
  primary: Contribution;
  /** Whether `primary` lies in one of the dimensions the item serves (the first tie-break). */
  own: boolean;
  /** Every contribution, strongest first. */
  reasons: Contribution[];
}

/** What ranking needs to know about an item: the self-check dimensions it serves. */
export type ItemDimensions = (itemId: string) => readonly DimensionId[];

/** The links of one answer, if it is below `target`: each item with the answer's gap times `importance`. */
export function answerContributions(
  question: Question,
  outcome: Outcome | undefined,
  { target, importance }: { target: number; importance: number },
  dimension: DimensionId | null = null,
  deciding = false,
): Contribution[] {
  if (!isAnswered(outcome) || outcome.level >= target) return [];
  const gap = target - outcome.level;
  return outcome.links.map((link) => ({
    itemId: link.itemId,
    dimension,
    questionId: question.id,
    question: question.text,
    because: link.because,
    missing: link.missing,
    level: outcome.level,
    target,
    gap,
    weight: round(gap * importance),
    deciding,
  }));
}

/**
 * Every link of every answered, asked question whose answer is below its dimension's target, in the
 * catalogue's order. „Weiß nicht“, „Trifft nicht zu“, open and skipped questions contribute nothing.
 */
export function contributionsOf(
  catalogue: readonly SelfcheckDimension[],
  results: readonly DimensionResult[],
): Contribution[] {
  return catalogue.flatMap((dimension) => {
    const result = results.find((candidate) => candidate.id === dimension.id);
    if (result === undefined) return [];
    return dimension.questions.flatMap((question) =>
      answerContributions(
        question,
        result.outcomes[question.id],
        result.settings,
        dimension.id,
        dimension.decidedBy === question.id,
      ),
    );
  });
}

/** Where an id stands in the paper, for breaking ties; unknown ids go last. */
export function paperPosition(paperOrder: readonly string[]): (id: string) => number {
  const positions = new Map(paperOrder.map((id, index) => [id, index]));
  return (id) => positions.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Ranks the items the contributions point to. An item weighs as much as its strongest answer (gap to the
 * target times importance), so a better answer can only lower an item's weight and never adds an item.
 * Ties go to the item whose strongest answer lies in one of the item's own dimensions, then to the paper's order.
 */
export function rankItems(
  contributions: readonly Contribution[],
  dimensionsOf: ItemDimensions,
  paperOrder: readonly string[],
): RankedItem[] {
  const byItem = new Map<string, Contribution[]>();
  contributions.forEach((contribution) => {
    byItem.set(contribution.itemId, [...(byItem.get(contribution.itemId) ?? []), contribution]);
  });
  const own = ({ itemId, dimension }: Contribution): number =>
    dimension !== null && dimensionsOf(itemId).includes(dimension) ? 1 : 0;
  const ranked = [...byItem].map(([itemId, found]): RankedItem => {
    // A stable sort keeps the catalogue's order among equals.
    const reasons = [...found].sort((a, b) => b.weight - a.weight || own(b) - own(a));
    const [primary] = reasons as [Contribution, ...Contribution[]];
    return { itemId, weight: primary.weight, primary, own: own(primary) === 1, reasons };
  });
  const position = paperPosition(paperOrder);
  return ranked.sort(
    (a, b) => b.weight - a.weight || Number(b.own) - Number(a.own) || position(a.itemId) - position(b.itemId),
  );
}
