import { z } from 'astro/zod';
import { questionSchema } from './selfcheck';

/**
 * The organisation's short readiness check on /fuer-migrantenorganisationen/, stored in
 * `src/data/readiness.yaml`. Its questions are self-check questions (same schema, same scoring); their
 * recommendations are item ids of `src/data/items.yaml`:
 *
 * ```yaml
 * questions:
 *   - id: mo-ansprechperson
 *     kind: rating
 *     text: 'Die Kommune erreicht bei uns verlässlich eine feste Ansprechperson.'
 *     help: 'Die Integrationsbeauftragten nennen als Hindernis: …'
 *     source: { chapter: bewertung, anchor: hindernis-mo-erreichbarkeit }
 *     notApplicable: false
 *     recommendations: [gelingen-personelle-kontinuitaet]
 * ```
 */
export const readinessSchema = z.strictObject({
  /** The questions, in the order they are asked. */
  questions: z.array(questionSchema).min(1),
});

export type Readiness = z.infer<typeof readinessSchema>;
