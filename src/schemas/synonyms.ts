import { z } from 'astro/zod';

/**
 * One entry of `src/data/synonyms.yaml`: words people type, from the vocabulary of municipal practice
 * and of migrant organisations, and the paper's words they lead to. Search expands a query word found
 * in `words` to the `paper` terms (see `src/lib/search-synonyms.ts`).
 *
 * ```yaml
 * - words: [Zuschuss, Zuschüsse, Fördergeld]
 *   paper: [Förderung, Fördermittel, Projektzuschüsse]
 *   from: [kommune, mo]
 * ```
 */
export const synonymEntrySchema = z.strictObject({
  /** The users' words, one word each, as they are written (any inflection of them matches). */
  words: z.array(z.string().regex(/^[\p{L}\p{N}]+$/u, 'ein Wort ohne Leer- und Satzzeichen')).min(1),
  /** The paper's words or short phrases they lead to, each as it occurs in the paper; a phrase must match whole. */
  paper: z.array(z.string().min(2)).min(1),
  /** Whose vocabulary the users' words are: the municipality's, migrant organisations' or workshop facilitators'. */
  from: z.array(z.enum(['kommune', 'mo', 'moderation'])).min(1),
});

export const synonymsSchema = z.array(synonymEntrySchema).min(1);

export type SynonymEntry = z.infer<typeof synonymEntrySchema>;
