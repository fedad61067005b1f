/**
 * The self-check's shared scale, without zod, so the browser bundle can use it.
 * Every dimension has levels 0–3; rating questions name them with these words.
 */

/** Ids of levels 0–3. */
export const levelIds = [0, 1, 2, 3] as const;
export type Level = (typeof levelIds)[number];

/** Labels of the scale used by rating questions, levels 0–3 (not „trifft nicht zu“, which means not applicable). */
export const ratingScale = ['gar nicht', 'ansatzweise', 'überwiegend', 'vollständig'] as const;

/** Labels of importance 1–3. */
export const importanceLabels = { 1: 'gering', 2: 'mittel', 3: 'hoch' } as const;
