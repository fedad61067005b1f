import { z } from 'astro/zod';
import { chapterIds } from '../data/taxonomy';
import { slug } from './slug';

/**
 * One term of the glossary, stored in `src/data/glossary.yaml`. `quote` is the paper's own wording,
 * verbatim; `explanation` is the site editors' wording and is labelled as such. At least one is present.
 *
 * ```yaml
 * - id: critical-friends
 *   term: Critical Friends
 *   quote: 'Kooperationspartnerinnen und Critical Friends der Verwaltung bei der Planung …'
 *   explanation: 'Englisch für „kritische Freundinnen und Freunde“ …'
 *   source: { chapter: warum-zusammenarbeit, anchor: mehrwert-für-die-kommune }
 * ```
 */
export const glossaryEntrySchema = z
  .strictObject({
    /** Stable id: the anchor on /glossar/ (`/glossar/#critical-friends`). */
    id: slug,
    /** The term as the paper writes it. */
    term: z.string().min(1),
    /** Other spellings and abbreviations of the paper, e.g. MO, MSO. */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Further forms that count as a use of the term when linking it from the text, not shown on /glossar/:
     * shortened or declined forms the inflection rule of `src/lib/glossary-terms.ts` does not cover.
     */
    forms: z.array(z.string().min(1)).default([]),
    /** The paper's sentence that defines or uses the term, verbatim. */
    quote: z.string().min(1).optional(),
    /** Explanation written by the site's editors where the paper does not define the term. */
    explanation: z.string().min(1).optional(),
    /**
     * Where the term stands: a chapter of the paper, or a page of this site (/quelle/ for the paper's closing
     * block, /selbstcheck/ for the self-check's own words); optionally an anchor on that page.
     */
    source: z.union([
      z.strictObject({ chapter: z.enum(chapterIds), anchor: z.string().min(1).optional() }),
      z.strictObject({ page: z.enum(['quelle', 'selbstcheck']), anchor: z.string().min(1).optional() }),
    ]),
    /**
     * Whether pages link the term's first use to its entry (the default). Off for a word of the self-check that
     * the paper does not use: its uses lie in the island, which is never linked, and elsewhere the same word
     * means something else (the „Stufen A und AA“ of the WCAG on the accessibility statement).
     */
    linked: z.boolean().default(true),
  })
  .refine((entry) => entry.quote !== undefined || entry.explanation !== undefined, {
    message: 'A glossary entry needs a quote from the paper or an explanation.',
  })
  .refine((entry) => entry.linked || entry.quote === undefined, {
    message: 'A term the paper uses (it has a quote) is linked from the pages.',
  });

export const glossarySchema = z.array(glossaryEntrySchema).min(1);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
