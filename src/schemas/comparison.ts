import * as z from 'zod/mini';
import { nameProblem } from '../lib/assessment/name';
import { idSchema } from './assessment';

/**
 * A workshop's comparison of several self-checks, as the document that is exported, shared and stored:
 *
 * ```json
 * {
 *   "format": "mo-leitfaden-workshop",
 *   "version": 1,
 *   "title": "Workshop Musterstadt",
 *   "date": "2026-12-01",
 *   "entries": [{ "id": "e1", "label": "Jugendamt", "assessment": { "format": "mo-leitfaden-selbstcheck", … } }],
 *   "marks": { "raeume-bereitstellen": ["e1"] },
 *   "actions": [{ "itemId": "raeume-bereitstellen", "what": "Raumliste", "who": "Jugendamt", "when": "2027-03-31" }]
 * }
 * ```
 *
 * Each entry's `assessment` is a self-check document, checked like an imported file (and migrated) on its own
 * (`src/lib/comparison/read.ts`); this schema checks the envelope.
 */

/** Value of `format`: marks a JSON file as a workshop comparison of this guide. */
export const COMPARISON_FORMAT = 'mo-leitfaden-workshop';
/** The current version of the comparison document. */
export const COMPARISON_VERSION = 1;
/** Most results one comparison holds: a workshop with every department and more fits. */
export const MAX_ENTRIES = 20;

// Runs in the browser, like the assessment schema: zod's small build without just-in-time compilation.
z.config({ jitless: true });

const id = idSchema.check(z.maxLength(64));
/** A name in the name rule of the self-check (`nameProblem`): a department or a workshop title. */
const label = z.string().check(
  z.trim(),
  z.minLength(1),
  z.superRefine((value, context) => {
    const problem = nameProblem(value);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem, input: value });
  }),
);
/** Free text of an action; line breaks allowed, at most `max` characters. */
const note = (max: number) => z.string().check(z.maxLength(max));

/** One loaded self-check. */
export const entrySchema = z.strictObject({
  /** Id of the entry within this comparison, e.g. `e1`; marks refer to it. */
  id,
  /** What the workshop calls it, usually the department; editable. */
  label,
  /** The self-check document, checked on its own. */
  assessment: z.unknown(),
});

/** One agreed step of the action plan (Maßnahmenplan). */
export const actionSchema = z.strictObject({
  /** The recommendation (id in items.yaml) the step takes on. */
  itemId: id,
  /** What exactly is to be done. */
  what: note(600),
  /** Who does it: a department or a person. */
  who: note(120),
  /** By when, as the group writes it (a date or „bis Sommer“). */
  when: note(60),
});

/** Version 1 of the comparison document. */
export const comparisonSchema = z.strictObject({
  /** Always `mo-leitfaden-workshop`. */
  format: z.literal(COMPARISON_FORMAT),
  /** Always 1 for this shape. */
  version: z.literal(COMPARISON_VERSION),
  /** Optional title of the workshop. */
  title: z.optional(label),
  /** Day of the workshop, ISO `YYYY-MM-DD`. */
  date: z.iso.date(),
  /** The loaded self-checks, in the order they were loaded. */
  entries: z.array(entrySchema).check(z.maxLength(MAX_ENTRIES)),
  /** Which entries want to take on which recommendation: item id → entry ids. */
  marks: z.record(id, z.array(id)),
  /** The action plan, in the order of the recommendations. */
  actions: z.array(actionSchema),
});

export type ComparisonEnvelope = z.infer<typeof comparisonSchema>;
export type Action = z.infer<typeof actionSchema>;
