import { z } from 'astro/zod';
import { chapterIds, dimensions, keysOf } from '../data/taxonomy';

/**
 * The self-check as data, stored in `src/data/selfcheck.yaml`: one entry per dimension, each with its
 * level descriptions, its survey benchmark and its questions. Adding a question means adding data here.
 *
 * Every dimension uses the same scale of levels 0–3 (see `src/lib/scale.ts`); its `levels` say in the paper's
 * words what each level means for that dimension. A question's answer yields a level on that scale;
 * "Weiß nicht" and "Trifft nicht zu" yield none and never count as zero.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Where in the paper a question or level comes from: a chapter and an anchor on its page. */
export const passageSchema = z.strictObject({
  /** Chapter id (the page `/leitfaden/<chapter>/`). */
  chapter: z.enum(chapterIds),
  /** Id of a heading or item on that page, without `#`. */
  anchor: z.string().min(1),
});

/** An answer option of a single-choice question. */
export const optionSchema = z.strictObject({
  /** Stable id, stored in exported assessments: never change or reuse it. */
  id: slug,
  /** What the user reads next to the radio button. */
  label: z.string().min(1),
  /** Level 0–3 this answer reaches. */
  level: z.number().int().min(0).max(3),
  /** Items (ids in items.yaml) this answer makes relevant: shown as priorities while the dimension is below target. */
  recommendations: z.array(slug).default([]),
});

/** A choice of a multiple-choice question. */
export const choiceSchema = z.strictObject({
  /** Stable id, stored in exported assessments. */
  id: slug,
  /** What the user reads next to the checkbox. */
  label: z.string().min(1),
  /** Items this choice makes relevant when it is NOT ticked (something the municipality does not do yet). */
  recommendationsIfMissing: z.array(slug).default([]),
});

const questionBase = {
  /** Stable id, the key of the answer in exported assessments: never change or reuse it. */
  id: slug,
  /** The question as the user reads it, in the legend of its fieldset. */
  text: z.string().min(1),
  /** Help text taken from the paper (verbatim or closely following it). */
  help: z.string().min(1),
  /** The passage of the paper the question comes from. */
  source: passageSchema,
  /** Whether "Trifft nicht zu" is offered (e.g. no committees exist at all is a real answer elsewhere). */
  notApplicable: z.boolean().default(true),
};

/** The kinds of question, as a discriminated union on `kind`. */
export const questionSchema = z.discriminatedUnion('kind', [
  /** One answer from a list; each option has a level. */
  z.strictObject({ ...questionBase, kind: z.literal('single'), options: z.array(optionSchema).min(2) }),
  /** Any number of choices; the number ticked gives the level through `thresholds`. */
  z.strictObject({
    ...questionBase,
    kind: z.literal('multi'),
    choices: z.array(choiceSchema).min(2),
    /** Minimum number of ticked choices for levels 1, 2 and 3, ascending. */
    thresholds: z.tuple([z.number().int().min(1), z.number().int().min(1), z.number().int().min(1)]),
  }),
  /** A statement rated on the four-step agreement scale (levels 0–3). */
  z.strictObject({
    ...questionBase,
    kind: z.literal('rating'),
    /** Items relevant while this statement is rated below the target. */
    recommendations: z.array(slug).default([]),
  }),
]);

/** What one level of the 0–3 scale means for a dimension. */
export const levelSchema = z.strictObject({
  /** Short name, e.g. „Konzept beschlossen“. */
  label: z.string().min(1),
  /** One or two sentences from the paper's own hierarchy. */
  description: z.string().min(1),
});

/** One dimension of the self-check. */
export const selfcheckDimensionSchema = z.strictObject({
  /** Dimension id from `src/data/taxonomy.ts`. */
  id: z.enum(keysOf(dimensions)),
  /** Introduction shown above the questions, from the paper. */
  intro: z.string().min(1),
  /** Meaning of levels 0, 1, 2 and 3 for this dimension. */
  levels: z.tuple([levelSchema, levelSchema, levelSchema, levelSchema]),
  /** The survey's benchmark, where the paper has one: a sentence and the figures (ids in figures.yaml) it rests on. */
  benchmark: z.strictObject({ text: z.string().min(1), figures: z.array(slug).min(1) }).optional(),
  /** The questions, in the order they are asked. */
  questions: z.array(questionSchema).min(1),
});

export type Passage = z.infer<typeof passageSchema>;
export type Question = z.infer<typeof questionSchema>;
export type SingleQuestion = Extract<Question, { kind: 'single' }>;
export type MultiQuestion = Extract<Question, { kind: 'multi' }>;
export type RatingQuestion = Extract<Question, { kind: 'rating' }>;
export type SelfcheckDimension = z.infer<typeof selfcheckDimensionSchema>;

/** Type guards derived from the union. */
export const isSingle = (q: Question): q is SingleQuestion => q.kind === 'single';
export const isMulti = (q: Question): q is MultiQuestion => q.kind === 'multi';
export const isRating = (q: Question): q is RatingQuestion => q.kind === 'rating';
