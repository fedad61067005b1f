import { z } from 'astro/zod';
import { audiences, chapterIds, dimensions, itemKinds, keysOf } from '../data/taxonomy';
import { slug } from './slug';

/**
 * One addressable piece of the paper's guidance: a recommendation, a Hinweis or Beispiel box,
 * a success factor, an obstacle or a question for reflection. Stored in `src/data/items.yaml`:
 *
 * ```yaml
 * - id: raeume-bereitstellen
 *   kind: empfehlung
 *   chapter: befragung
 *   group: raeume-empfehlungen
 *   text: 'Kommunen können Migrantenorganisationen durch die Bereitstellung von Räumen unterstützen. …'
 *   points: ['Bereitstellung von städtischen Begegnungsräumen (analog zu anderen Vereinen)', …]
 *   dimensions: [raeume]
 *   audiences: [kommune, mo]
 * ```
 */
export const itemSchema = z.strictObject({
  /** Stable id: the anchor (`#id`) in the chapter, the permalink and the key used by search and self-check. */
  id: slug,
  /** What kind of guidance this is. */
  kind: z.enum(keysOf(itemKinds)),
  /** The chapter whose text contains the item. */
  chapter: z.enum(chapterIds),
  /** The list in the chapter the item belongs to; a chapter renders a group with `<Items group="…" />`. */
  group: slug,
  /** The paper's wording, verbatim (its typos included). */
  text: z.string().min(1),
  /** The paper's sub-bullets that are part of this item (sub-questions are items of their own, see `parent`). */
  points: z.array(z.string().min(1)).default([]),
  /** Id of the item this one stands under in the paper, e.g. a question under a Hinweis. */
  parent: z.string().optional(),
  /**
   * Id of the item whose sentence this one continues (it begins „Dafür …“): wherever this item is quoted on
   * its own, that item is quoted before it, so the quote is never a fragment.
   */
  continues: z.string().optional(),
  /** Self-check dimensions this item serves. */
  dimensions: z.array(z.enum(keysOf(dimensions))).min(1),
  /** Audiences the item speaks to. */
  audiences: z.array(z.enum(keysOf(audiences))).min(1),
});

export type Item = z.infer<typeof itemSchema>;
