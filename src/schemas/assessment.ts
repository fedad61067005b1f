import * as z from 'zod/mini';
import { departments, dimensions, keysOf } from '../data/taxonomy';
import { nameProblem, NAME_MAX_LENGTH } from '../lib/assessment/name';
import { slugPattern } from './slug-pattern';

/**
 * A municipality's answers to the self-check, as the document that is exported, shared, stored and imported
 * (format described in `docs/selbstcheck-format.md`):
 *
 * ```json
 * {
 *   "format": "mo-leitfaden-selbstcheck",
 *   "version": 2,
 *   "name": "Amt für Integration",
 *   "department": "integration",
 *   "date": "2026-11-25",
 *   "answers": { "konzept-stand": "beschlossen", "themen-austausch": ["rassismus", "kultur"],
 *                "gelingen-wertschaetzung": 2, "raeume-formen": "weiss-nicht" },
 *   "settings": { "konzept": { "target": 3, "importance": 2 } }
 * }
 * ```
 *
 * This schema only checks the shape; whether an answer fits its question is checked against the question
 * catalogue in `src/lib/assessment/parse.ts`. Every way in goes through `parseAssessment` there.
 */

/** Value of `format`: marks a JSON file as one of ours. */
export const ASSESSMENT_FORMAT = 'mo-leitfaden-selbstcheck';
/** The current version of the document; older ones are migrated in `src/lib/assessment/migrate.ts`. */
export const ASSESSMENT_VERSION = 2;
export { NAME_MAX_LENGTH };

// This schema runs in the browser (every import goes through it), so it uses zod's small functional build,
// and without zod's just-in-time compilation: the site's CSP forbids eval, and zod would probe for it.
z.config({ jitless: true });

/** A stable id (`src/schemas/slug-pattern.ts`): of a question, option or choice, a saved entry, a recommendation. */
export const idSchema = z.string().check(z.regex(slugPattern));
/** A whole number from `min` to `max`. */
const wholeNumber = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** Message of the issue for a choice listed twice; `src/lib/assessment/messages.ts` turns it into German. */
export const duplicateMarker = 'duplicate-choice';

/** One answer: an option id or special answer, a list of ticked choice ids, or a rating 0–3. */
export const answerSchema = z.union([
  /** Option id of a single-choice question, or `weiss-nicht` / `trifft-nicht-zu` for any question. */
  idSchema,
  /** Ids of the ticked choices of a multiple-choice question; empty when none is ticked. */
  z.array(idSchema).check(z.refine((ids) => new Set(ids).size === ids.length, { error: duplicateMarker })),
  /** Rating on the four-step scale, 0 (gar nicht) to 3 (vollständig). */
  wholeNumber(0, 3),
]);

/** What the municipality aims for in one dimension and how much the dimension matters to it. */
export const dimensionSettingsSchema = z.strictObject({
  /** Level aimed for, 1–3; default `DEFAULT_TARGET` (`src/lib/scale.ts`). */
  target: z.optional(wholeNumber(1, 3)),
  /** Importance 1 (gering), 2 (mittel) or 3 (hoch); default `DEFAULT_IMPORTANCE`. */
  importance: z.optional(wholeNumber(1, 3)),
});

/** Version 2 of the assessment document: version 1 and the department that answered. */
export const assessmentSchema = z.strictObject({
  /** Always `mo-leitfaden-selbstcheck`. */
  format: z.literal(ASSESSMENT_FORMAT),
  /** Always 2 for this shape. */
  version: z.literal(ASSESSMENT_VERSION),
  /**
   * Optional name, e.g. a department; plain text, shown as text and never as HTML. Trimmed, then at least
   * one character and the rule of `nameProblem` (`src/lib/assessment/name.ts`), which the name field uses.
   */
  name: z.optional(
    z.string().check(
      z.trim(),
      z.minLength(1),
      z.superRefine((name, context) => {
        const problem = nameProblem(name);
        if (problem !== undefined) context.addIssue({ code: 'custom', message: problem, input: name });
      }),
    ),
  ),
  /** Which department answered (ids in `src/data/taxonomy.ts`); missing when nobody said. */
  department: z.optional(z.enum(keysOf(departments))),
  /** Day of the assessment, ISO `YYYY-MM-DD`. */
  date: z.iso.date(),
  /** Answers by question id; a question without an answer is simply missing. */
  answers: z.record(idSchema, answerSchema),
  /** Target and importance by dimension id; a missing dimension or field takes the default. */
  settings: z.partialRecord(z.enum(keysOf(dimensions)), dimensionSettingsSchema),
});

export type Answer = z.infer<typeof answerSchema>;
export type DimensionSettings = z.infer<typeof dimensionSettingsSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * The list of assessments saved on this device, under the localStorage key `mo-leitfaden:selbstcheck`:
 *
 * ```json
 * { "version": 1, "assessments": [{ "id": "k3x9…", "savedAt": "2026-11-25T10:15:00.000Z", "assessment": { … } }] }
 * ```
 *
 * Entries are checked one by one (`src/lib/assessment/stored-list.ts`), so one damaged entry hides only
 * itself, and is written back unchanged when anything else is saved (`src/lib/assessment/storage.ts`).
 */
export const STORE_VERSION = 1;

/** The envelope of the saved list; its entries are checked separately. */
export const storeSchema = z.strictObject({
  /** Version of the stored list (not of the assessments in it); a newer one is read but never written. */
  version: z.literal(STORE_VERSION),
  /** Saved entries, oldest first. */
  assessments: z.array(z.unknown()),
});

/** Longest id of a saved entry. */
export const ID_MAX_LENGTH = 64;

/** When an entry was last saved: ISO date and time in UTC. */
export const savedAtSchema = z.iso.datetime();

/** One saved assessment; `assessment` is checked like an imported file. */
export const storedEntrySchema = z.strictObject({
  /** Id of the entry on this device, e.g. for „Laden“ and „Löschen“ buttons. */
  id: idSchema.check(z.maxLength(ID_MAX_LENGTH)),
  /** When it was last saved; an entry whose time is missing or invalid is still read (`savedAt: null`). */
  savedAt: savedAtSchema,
  /** The assessment document. */
  assessment: z.unknown(),
});

/** An entry's fields other than `savedAt`, which is read on its own: a bad time does not hide an entry. */
export const storedEntryWithoutTimeSchema = z.omit(storedEntrySchema, { savedAt: true });

/** A saved entry as read: the checked assessment, and `savedAt: null` where the stored time is unusable. */
export type SavedAssessment = Omit<z.infer<typeof storedEntrySchema>, 'assessment' | 'savedAt'> & {
  /** When it was last saved, or `null` if the stored time is missing or invalid („Zeitpunkt unbekannt“). */
  savedAt: string | null;
  /** The assessment, checked and migrated to the current version. */
  assessment: Assessment;
};
