import type { DimensionId } from '../../data/taxonomy';
import type { Assessment } from '../../schemas/assessment';
import type { SelfcheckDimension } from '../../schemas/selfcheck';
import { t } from '../../i18n/t';
import { round } from '../charts/scene';
import { DEFAULT_IMPORTANCE, DEFAULT_TARGET, type Level } from '../scale';
import { isAnswered, outcomesOf, type Outcome } from './answers';

/**
 * What a dimension's answers say about its level. Where one question decides the level, the level and its
 * words come from that answer alone; elsewhere the mean of the answers is a number, never given a level's label.
 */
export type DimensionLevel =
  /** The deciding question's answer: its level and the dimension's words for that level. */
  | { kind: 'decided'; level: Level; label: string; questionId: string; answer: string }
  /** No deciding question: the mean level of the answered questions, to one decimal. */
  | { kind: 'mean'; mean: number; count: number }
  /** „Weiß nicht“ on the deciding question, or on every answered question: the level is unknown. */
  | { kind: 'unknown'; questionId: string | undefined }
  /** Nothing to go by yet: the deciding question (or every question) is unanswered or does not apply. */
  | { kind: 'open'; questionId: string | undefined };

/** Target and importance of a dimension, and whether the user chose them or they are the defaults. */
export interface Settings {
  /** Level 1–3 aimed for. */
  target: number;
  /** 1 gering, 2 mittel, 3 hoch. */
  importance: number;
  /** False while the target is the default the user has not confirmed. */
  targetSet: boolean;
  importanceSet: boolean;
}

/** How far the user has got with a dimension, counting only the questions that are asked. */
export type DimensionStatus = 'done' | 'started' | 'open';

/** The result of one dimension. */
export interface DimensionResult {
  id: DimensionId;
  status: DimensionStatus;
  level: DimensionLevel;
  /** The level (decided) or the mean, 0–3, for the chart and the gap; null when unknown or open. */
  value: number | null;
  settings: Settings;
  /** Target minus value, never below 0; null when the value is unknown. */
  gap: number | null;
  /** Gap times importance: how much the dimension weighs among those below target. */
  weightedGap: number | null;
  /** Every question's outcome, by question id. */
  outcomes: Record<string, Outcome>;
}

/** Target and importance of a dimension as the assessment sets them, with the defaults filled in. */
export function settingsOf(assessment: Pick<Assessment, 'settings'>, id: DimensionId): Settings {
  const set = Object.hasOwn(assessment.settings, id) ? assessment.settings[id] : undefined;
  return {
    target: set?.target ?? DEFAULT_TARGET,
    importance: set?.importance ?? DEFAULT_IMPORTANCE,
    targetSet: set?.target !== undefined,
    importanceSet: set?.importance !== undefined,
  };
}

/** The level a dimension's outcomes give (see `DimensionLevel`). */
export function levelOf(dimension: SelfcheckDimension, outcomes: Record<string, Outcome>): DimensionLevel {
  const deciding = dimension.decidedBy;
  if (deciding !== undefined) {
    const outcome = outcomes[deciding];
    if (isAnswered(outcome)) {
      const { label } = dimension.levels[outcome.level];
      const question = dimension.questions.find((candidate) => candidate.id === deciding);
      // A multiple-choice answer decides by how many choices are ticked, so that is what the level names.
      const answer =
        question?.kind === 'multi'
          ? t('selbstcheck.ticked', { count: outcome.ticked?.length ?? 0, total: question.choices.length })
          : outcome.text;
      return { kind: 'decided', level: outcome.level, label, questionId: deciding, answer };
    }
    return { kind: outcome?.state === 'unknown' ? 'unknown' : 'open', questionId: deciding };
  }
  const all = Object.values(outcomes);
  const levels = all.flatMap((outcome): number[] => (isAnswered(outcome) ? [outcome.level] : []));
  if (levels.length > 0) {
    const mean = round(levels.reduce((sum, level) => sum + level, 0) / levels.length);
    return { kind: 'mean', mean, count: levels.length };
  }
  const unknown = all.some((outcome) => outcome.state === 'unknown');
  return { kind: unknown ? 'unknown' : 'open', questionId: undefined };
}

/** The level's value on the 0–3 scale, or null when it is unknown or open. */
export const valueOf = (level: DimensionLevel): number | null =>
  level.kind === 'decided' ? level.level : level.kind === 'mean' ? level.mean : null;

/** Scores one dimension; answers to questions of other dimensions are ignored. */
export function scoreDimension(
  dimension: SelfcheckDimension,
  assessment: Pick<Assessment, 'answers' | 'settings'>,
): DimensionResult {
  const outcomes = outcomesOf(dimension, assessment.answers);
  const asked = Object.values(outcomes).filter((outcome) => outcome.state !== 'skipped');
  const open = asked.filter((outcome) => outcome.state === 'open').length;
  const level = levelOf(dimension, outcomes);
  const value = valueOf(level);
  const settings = settingsOf(assessment, dimension.id);
  const gap = value === null ? null : round(Math.max(0, settings.target - value));
  return {
    id: dimension.id,
    status: open === asked.length ? 'open' : open === 0 ? 'done' : 'started',
    level,
    value,
    settings,
    gap,
    weightedGap: gap === null ? null : round(gap * settings.importance),
    outcomes,
  };
}

/** Scores every dimension, in the catalogue's order. */
export function scoreAll(
  catalogue: readonly SelfcheckDimension[],
  assessment: Pick<Assessment, 'answers' | 'settings'>,
): DimensionResult[] {
  return catalogue.map((dimension) => scoreDimension(dimension, assessment));
}
