import { z } from 'astro/zod';
import { chapterIds, dimensions, keysOf } from '../data/taxonomy';
import { slug } from './slug';

/**
 * The self-check as data, stored in `src/data/selfcheck.yaml`: one entry per dimension, each with its
 * level descriptions, its survey benchmark and its questions. Adding a question means adding data here.
 *
 * Every dimension uses the same scale of levels 0–3 (see `src/lib/scale.ts`); its `levels` say in the paper's
 * words what each level means for that dimension. A question's answer yields a level on that scale;
 * "Weiß nicht" and "Trifft nicht zu" yield none and never count as zero.
 */

/** Where in the paper a question or level comes from: a chapter and an anchor on its page. */
export const passageSchema = z.strictObject({
  /** Chapter id (the page `/leitfaden/<chapter>/`). */
  chapter: z.enum(chapterIds),
  /** Id of a heading or item on that page, without `#`. */
  anchor: z.string().min(1),
});

/**
 * Where an answer places the municipality among the 32 surveyed ones, from a count in figures.yaml: the
 * result says „Sie gehören zu den {n} von 32 befragten {group}.“ With `complement`, the municipality is among
 * those the figure does not count (32 − the figure's value), a derived number the result marks as derived.
 */
export const standingSchema = z.strictObject({
  /** Id of a figure in figures.yaml whose value is a count. */
  figure: slug,
  /** `true`: the answer places the municipality outside the counted group. */
  complement: z.boolean().default(false),
  /** The group in the plural, completing „… von 32 befragten …“, e.g. „Kommunen mit einem Konzept“. */
  group: z.string().min(1),
});

/** An answer option of a single-choice question. */
export const optionSchema = z.strictObject({
  /** Stable id, stored in exported assessments: never change or reuse it. */
  id: slug,
  /** What the user reads next to the radio button. */
  label: z.string().min(1),
  /** Level 0–3 this answer reaches. */
  level: z.number().int().min(0).max(3),
  /**
   * Items (ids in items.yaml) this answer makes relevant while it is below the target. An item linked from an
   * option is linked from every option with a lower level too, so a better answer never adds an item.
   */
  recommendations: z.array(slug).default([]),
  /** Where this answer places the municipality among the surveyed ones, where the paper gives a count. */
  standing: z.array(standingSchema).default([]),
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
  /**
   * The question as another department than integration reads it, where `text` speaks of „der Fachbereich für
   * Integration“ („Ihr Fachbereich“). The survey's standings of such a question compare integration offices,
   * so they are shown to the integration office only.
   */
  textForOthers: z.string().min(1).optional(),
  /** Help text taken from the paper (verbatim or closely following it). */
  help: z.string().min(1),
  /** The passage of the paper the question comes from. */
  source: passageSchema,
  /** Whether "Trifft nicht zu" is offered (e.g. no committees exist at all is a real answer elsewhere). */
  notApplicable: z.boolean().default(true),
  /**
   * A follow-up: asked (and counted) only when an earlier question of the same dimension has one of `answers`
   * (option ids of a single-choice question), or, for a multiple-choice question without `answers`, at least
   * one ticked choice. An answer kept from before the condition changed is stored but not counted.
   */
  askIf: z.strictObject({ question: slug, answers: z.array(slug).min(1).optional() }).optional(),
  /** Stock-taking items of the paper (Bestandsaufnahme, Evaluation) for the „Noch zu klären“ list after „Weiß nicht“. */
  clarify: z.array(slug).default([]),
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
  /**
   * The question whose answer decides the dimension's level and its words (the concept's status, the funding
   * form, …); the other questions refine the picture but never relabel it. Without it, the result shows the
   * mean of the answers as a number, never with a level's label.
   */
  decidedBy: slug.optional(),
  /** Meaning of levels 0, 1, 2 and 3 for this dimension. */
  levels: z.tuple([levelSchema, levelSchema, levelSchema, levelSchema]),
  /** The survey's benchmark, where the paper has one: a sentence and the figures (ids in figures.yaml) it rests on. */
  benchmark: z.strictObject({ text: z.string().min(1), figures: z.array(slug).min(1) }).optional(),
  /** The questions, in the order they are asked. */
  questions: z.array(questionSchema).min(1),
});

export type Passage = z.infer<typeof passageSchema>;
export type Standing = z.infer<typeof standingSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type SingleQuestion = Extract<Question, { kind: 'single' }>;
export type MultiQuestion = Extract<Question, { kind: 'multi' }>;
export type RatingQuestion = Extract<Question, { kind: 'rating' }>;
export type SelfcheckDimension = z.infer<typeof selfcheckDimensionSchema>;

/** Type guards derived from the union. */
export const isSingle = (q: Question): q is SingleQuestion => q.kind === 'single';
export const isMulti = (q: Question): q is MultiQuestion => q.kind === 'multi';
export const isRating = (q: Question): q is RatingQuestion => q.kind === 'rating';
