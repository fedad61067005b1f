import { backgroundItems } from '../../data/selfcheck-background';
import type { DimensionId, ItemKind } from '../../data/taxonomy';
import type { Assessment } from '../../schemas/assessment';
import type { SelfcheckDimension } from '../../schemas/selfcheck';
import type { ItemQuote } from '../item-quote';
import { catalogueFor } from './department';
import { scoreAll, type DimensionResult } from './levels';
import { dimensionsBelowTarget, nextSteps, type NextStep } from './next-steps';
import { contributionsOf, rankItems, type Contribution, type RankedItem } from './priorities';
import { standingsOf, type ResolvedStanding, type Standings } from './standing';

/** Kinds of item that can be a next step: the paper's advice, not obstacles or questions for reflection. */
export const adviceKinds: readonly ItemKind[] = ['empfehlung', 'hinweis', 'beispiel', 'gelingensfaktor'];

/** Everything the result needs besides the answers, prepared at build time. */
export interface ResultContext {
  catalogue: readonly SelfcheckDimension[];
  /** Quotes of every item an answer, a clarification or a reflection list can show, by id. */
  items: Readonly<Record<string, ItemQuote>>;
  /** Item ids in the paper's order. */
  paperOrder: readonly string[];
  standings: Standings;
}

/** A „Weiß nicht“ answer, to be clarified. */
export interface OpenQuestion {
  dimension: DimensionId;
  questionId: string;
  question: string;
}

/** A stock-taking recommendation of the paper and the „Weiß nicht“ answers it helps to clarify. */
export interface Clarification {
  itemId: string;
  questions: OpenQuestion[];
}

/** The items of one dimension that are not next steps, in ranked order. */
export interface DimensionGroup {
  dimension: DimensionId;
  items: RankedItem[];
}

/** What the result says overall: nothing answered, only „Weiß nicht“, or something to go by. */
export type ResultState = 'empty' | 'all-unknown' | 'answered';

/** The whole result of a self-check, computed from the answers alone; components only render it. */
export interface SelfcheckResult {
  state: ResultState;
  dimensions: DimensionResult[];
  /**
   * Asked questions, answered ones (including „Weiß nicht“ and „Trifft nicht zu“), „Weiß nicht“ answers, and
   * answers below their target.
   */
  counts: { asked: number; answered: number; unknown: number; belowTarget: number };
  /** Dimensions below target, the largest weighted gap first. */
  belowTarget: DimensionId[];
  steps: NextStep[];
  /** The other recommendations, by the dimension of their strongest answer, in the order of `belowTarget`. */
  groups: DimensionGroup[];
  obstacles: RankedItem[];
  /** Questions for reflection the answers point to, then those of the dimensions below target. */
  reflection: { itemId: string; reasons: Contribution[] }[];
  /** General items many answers point to, shown once. */
  background: RankedItem[];
  clarifications: Clarification[];
  /** Where the answers place the municipality among the 32 surveyed, by dimension. */
  standings: Partial<Record<DimensionId, ResolvedStanding[]>>;
}

/** The self-check's result for an assessment. */
export function selfcheckResult(
  assessment: Pick<Assessment, 'answers' | 'settings' | 'department'>,
  context: ResultContext,
): SelfcheckResult {
  const { items, paperOrder } = context;
  const catalogue = catalogueFor(context.catalogue, assessment.department);
  const dimensions = scoreAll(catalogue, assessment);
  const ranked = rankItems(
    contributionsOf(catalogue, dimensions).filter((contribution) => items[contribution.itemId] !== undefined),
    (id) => items[id]?.dimensions ?? [],
    paperOrder,
  );
  const background = new Set(backgroundItems);
  const kindOf = (id: string) => items[id]?.kind;
  const isAdvice = (id: string) => adviceKinds.some((kind) => kind === kindOf(id));
  const leadable = (id: string) => isAdvice(id) && !background.has(id);
  const steps = nextSteps(dimensions, ranked, leadable);
  const belowTarget = dimensionsBelowTarget(dimensions).map((result) => result.id);

  const inSteps = new Set(steps.map((step) => step.itemId));
  const rest = ranked.filter((item) => leadable(item.itemId) && !inSteps.has(item.itemId));
  const order = [...belowTarget, ...catalogue.map((dimension) => dimension.id)];
  const groups = [...new Set(order)].flatMap((dimension) => {
    const found = rest.filter((item) => item.primary.dimension === dimension);
    return found.length > 0 ? [{ dimension, items: found }] : [];
  });

  const outcomes = dimensions.flatMap((result) => Object.values(result.outcomes));
  const asked = outcomes.filter((outcome) => outcome.state !== 'skipped');
  const answered = asked.filter((outcome) => outcome.state !== 'open');
  const unknown = asked.filter((outcome) => outcome.state === 'unknown');
  const state: ResultState =
    answered.length === 0 ? 'empty' : unknown.length === answered.length ? 'all-unknown' : 'answered';

  return {
    state,
    dimensions,
    counts: {
      asked: asked.length,
      answered: answered.length,
      unknown: unknown.length,
      belowTarget: dimensions.reduce(
        (sum, result) =>
          sum +
          Object.values(result.outcomes).filter(
            (outcome) => outcome.state === 'answered' && outcome.level < result.settings.target,
          ).length,
        0,
      ),
    },
    belowTarget,
    steps,
    groups,
    obstacles: ranked.filter((item) => kindOf(item.itemId) === 'hindernis'),
    reflection: reflectionOf(ranked, belowTarget, context),
    background: ranked.filter((item) => background.has(item.itemId)),
    clarifications: clarificationsOf(dimensions, catalogue),
    standings: Object.fromEntries(
      catalogue.map((dimension, index) => {
        const result = dimensions[index] as DimensionResult;
        return [dimension.id, standingsOf(dimension, result, context.standings, assessment.answers)];
      }),
    ),
  };
}

/**
 * Questions for reflection: first those the answers point to (with their reasons), then the paper's
 * stand-alone reflection questions that serve a dimension below target (questions that stand under another
 * item are shown with that item instead).
 */
function reflectionOf(
  ranked: readonly RankedItem[],
  belowTarget: readonly DimensionId[],
  { items, paperOrder }: ResultContext,
): SelfcheckResult['reflection'] {
  const linked = ranked
    .filter((item) => items[item.itemId]?.kind === 'reflexionsfrage')
    .map((item) => ({ itemId: item.itemId, reasons: item.reasons }));
  const shown = new Set(linked.map((entry) => entry.itemId));
  const children = new Set(Object.values(items).flatMap((item) => item.children.map((child) => child.id)));
  const more = paperOrder.filter((id) => {
    const item = items[id];
    return (
      item?.kind === 'reflexionsfrage' &&
      !shown.has(id) &&
      !children.has(id) &&
      item.dimensions.some((dimension) => belowTarget.includes(dimension))
    );
  });
  return [...linked, ...more.map((itemId) => ({ itemId, reasons: [] }))];
}

/** Every „Weiß nicht“ answer, grouped by the stock-taking item of the paper that helps to clarify it. */
function clarificationsOf(
  dimensions: readonly DimensionResult[],
  catalogue: readonly SelfcheckDimension[],
): Clarification[] {
  const byItem = new Map<string, OpenQuestion[]>();
  catalogue.forEach((dimension, index) => {
    const result = dimensions[index];
    for (const question of dimension.questions) {
      if (result?.outcomes[question.id]?.state !== 'unknown') continue;
      const open = { dimension: dimension.id, questionId: question.id, question: question.text };
      for (const itemId of question.clarify) byItem.set(itemId, [...(byItem.get(itemId) ?? []), open]);
    }
  });
  return [...byItem].map(([itemId, questions]) => ({ itemId, questions }));
}
