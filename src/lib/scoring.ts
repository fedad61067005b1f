import type { DimensionId } from '../data/taxonomy';
import { t } from '../i18n/t';
import type { DimensionSettings as SettingsAsSet } from '../schemas/assessment';
import type { Question, SelfcheckDimension } from '../schemas/selfcheck';
import { round } from './charts/scene';
import { levelOfTicked, NOT_APPLICABLE, ratingScale, UNKNOWN, withDefaults, type Level } from './scale';

export { NOT_APPLICABLE, UNKNOWN };

/** An answer as stored: an option id or special answer, the ticked choice ids, or a rating 0–3. */
export type AnswerValue = string | readonly string[] | number;
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Target level and importance a user set for a dimension. */
export interface DimensionSettings {
  /** Level 1–3 aimed for. */
  target: number;
  /** 1 = gering, 2 = mittel, 3 = hoch. */
  importance: number;
}

/** What one answer means for scoring. */
export type QuestionOutcome =
  | { state: 'open' }
  | { state: 'unknown' }
  | { state: 'not-applicable' }
  | { state: 'answered'; level: Level; answer: string; recommendations: string[] };

/** Reads one answer against its question; an answer that does not fit the question counts as open. */
export function scoreQuestion(question: Question, answer: AnswerValue | undefined): QuestionOutcome {
  if (answer === undefined) return { state: 'open' };
  if (answer === UNKNOWN) return { state: 'unknown' };
  if (answer === NOT_APPLICABLE) return { state: 'not-applicable' };
  switch (question.kind) {
    case 'single': {
      const option = question.options.find((o) => o.id === answer);
      if (!option) return { state: 'open' };
      return {
        state: 'answered',
        level: option.level as Level,
        answer: option.label,
        recommendations: option.recommendations,
      };
    }
    case 'multi': {
      if (!Array.isArray(answer)) return { state: 'open' };
      const ticked = question.choices.filter((c) => answer.includes(c.id));
      const level = levelOfTicked(question.thresholds, ticked.length) as Level;
      const missing = question.choices.filter((c) => !answer.includes(c.id));
      return {
        state: 'answered',
        level,
        answer: ticked.length > 0 ? ticked.map((c) => c.label).join(', ') : t('selbstcheck.noChoice'),
        recommendations: unique(missing.flatMap((c) => c.recommendationsIfMissing)),
      };
    }
    case 'rating': {
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer > 3)
        return { state: 'open' };
      const level = answer as Level;
      return {
        state: 'answered',
        level,
        answer: ratingScale[level],
        recommendations: question.recommendations,
      };
    }
  }
}

/** How far the user has got with a dimension. */
export type DimensionStatus = 'done' | 'started' | 'open';

/** The result of one dimension. */
export interface DimensionResult {
  id: DimensionId;
  status: DimensionStatus;
  /** Mean level of the answers that have one, to one decimal; null when no answer has a level. */
  level: number | null;
  /** The level fully reached (the mean rounded down), for words and level descriptions. */
  reached: Level | null;
  settings: DimensionSettings;
  /** Target minus level, never below 0; null when the level is unknown. */
  gap: number | null;
  outcomes: Record<string, QuestionOutcome>;
  counts: Record<QuestionOutcome['state'], number>;
}

/** Scores one dimension from all answers; questions of other dimensions are ignored. */
export function scoreDimension(
  dimension: SelfcheckDimension,
  answers: Answers,
  settings: SettingsAsSet = {},
): DimensionResult {
  const outcomes = Object.fromEntries(
    dimension.questions.map((q) => [q.id, scoreQuestion(q, answers[q.id])]),
  );
  const all = Object.values(outcomes);
  const counts = { open: 0, unknown: 0, 'not-applicable': 0, answered: 0 };
  for (const outcome of all) counts[outcome.state] += 1;
  const levels = all.flatMap((o): number[] => (o.state === 'answered' ? [o.level] : []));
  const level = levels.length > 0 ? round(levels.reduce((sum, l) => sum + l, 0) / levels.length) : null;
  const resolved = withDefaults(settings);
  return {
    id: dimension.id,
    status: counts.open === all.length ? 'open' : counts.open === 0 ? 'done' : 'started',
    level,
    reached: level === null ? null : (Math.floor(level) as Level),
    settings: resolved,
    gap: level === null ? null : round(Math.max(0, resolved.target - level)),
    outcomes,
    counts,
  };
}

/** Scores every dimension, in the catalogue's order. */
export function scoreAll(
  catalogue: readonly SelfcheckDimension[],
  answers: Answers,
  settings: Partial<Record<DimensionId, SettingsAsSet>> = {},
): DimensionResult[] {
  return catalogue.map((dimension) => scoreDimension(dimension, answers, settings[dimension.id]));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
