import { z } from 'astro/zod';
import { chapterIds } from '../data/taxonomy';
import { slug } from './slug';

/** How a survey figure is stated in the paper. */
export const figureValueSchema = z.discriminatedUnion('type', [
  /** A number of respondents, e.g. 23 of 32 municipalities. */
  z.strictObject({
    type: z.literal('count'),
    value: z.number().int().nonnegative(),
    of: z.number().int().positive(),
  }),
  /** A percentage the paper gives, e.g. 41 %. */
  z.strictObject({ type: z.literal('percent'), value: z.number().min(0).max(100) }),
  /** A place in a ranking where the paper gives only an order; equal places share a rank. */
  z.strictObject({ type: z.literal('rank'), rank: z.number().int().positive() }),
  /** A share the paper states only in words, e.g. „Annähernd Dreiviertel“. */
  z.strictObject({ type: z.literal('share'), wording: z.string().min(1) }),
]);

/**
 * One figure from the paper's survey of 32 municipalities, stored in `src/data/figures.yaml`:
 *
 * ```yaml
 * - id: konzept-vorhanden
 *   chapter: befragung
 *   group: konzept-stelle
 *   label: Kommunen mit einem Konzept für die Zusammenarbeit
 *   value: { type: count, value: 23, of: 32 }
 *   source: 'Die meisten Kommunen (23) haben ein Konzept für die Zusammenarbeit mit Migrantenorganisationen …'
 * ```
 */
export const figureSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** The chapter whose text reports the figure. */
  chapter: z.enum(chapterIds),
  /** The group (`src/data/figure-groups.yaml`) the figure belongs to; a group forms one table and chart. */
  group: slug,
  /** What is counted, in words a reader understands without the chart. */
  label: z.string().min(1),
  /** The value as the paper states it. */
  value: figureValueSchema,
  /** The sentence of the paper the figure comes from, verbatim; for a derived value, the sentences it is derived from. */
  source: z.string().min(1),
  /** Set when the paper does not state the value: how it was computed from figures it does state. */
  derived: z.string().min(1).optional(),
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureValue = z.infer<typeof figureValueSchema>;

/**
 * One group of figures, stored in `src/data/figure-groups.yaml`: a chapter shows it as one table and chart
 * (`<Figures group="raeume" />`), and search finds it as one „Befund“ under its caption.
 *
 * ```yaml
 * - id: raeume
 *   caption: 'Bereitstellung von Räumen (Anzahl der Kommunen von 32)'
 * ```
 */
export const figureGroupSchema = z.strictObject({
  /** Stable id: the `group` of its figures and, as `befund-<id>`, the anchor of the block in its chapter. */
  id: slug,
  /** Caption of the chart and its table, and the title of its search result; the editors' words. */
  caption: z.string().min(1),
});

export type FigureGroup = z.infer<typeof figureGroupSchema>;
