/**
 * The self-check's shared scale, without zod, so the browser bundle can use it.
 * Every dimension has levels 0–3; rating questions name them with these words (`src/i18n/de-taxonomy.ts`).
 */
import { taxonomy as label } from '../i18n/de-taxonomy';

/** A level of the scale, 0–3. */
export type Level = 0 | 1 | 2 | 3;

/** Labels of the scale used by rating questions, levels 0–3 (not „trifft nicht zu“, which means not applicable). */
export const ratingScale = label.rating;

/** Labels of importance 1–3. */
export const importanceLabels = label.importance;

/** The answer „Weiß nicht“: a real answer that says the level is unknown, never a zero. */
export const UNKNOWN = 'weiss-nicht';
/** The answer „Trifft nicht zu“: the question does not apply, so it does not count at all. */
export const NOT_APPLICABLE = 'trifft-nicht-zu';

/** Level aimed for in a dimension unless the user sets another. */
export const DEFAULT_TARGET = 3;
/** Importance of a dimension unless the user sets another (2 = mittel). */
export const DEFAULT_IMPORTANCE = 2;

/** Level of a multiple-choice answer: how many of the thresholds (for levels 1, 2, 3) the ticked count reaches. */
export function levelOfTicked(thresholds: readonly number[], ticked: number): number {
  return thresholds.filter((minimum) => ticked >= minimum).length;
}
