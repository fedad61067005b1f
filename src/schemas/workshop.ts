import { z } from 'astro/zod';
import { chapterIds, keysOf } from '../data/taxonomy';
import { workshopPages } from '../data/workshop-pages';
import { slug } from './slug';

/**
 * The workshop guide, its agendas and the handout as data, stored in `src/data/workshop.yaml`. Two kinds of text
 * live here and are kept apart: the editors' own words (`text`, `why`, `goal`, `reason`, `lead`, …) and the
 * paper's, either as a `quotes` entry (verbatim, found in the paper by `test/content/workshop.test.ts`) or as an
 * item id of `src/data/items.yaml`, rendered whole from the item data:
 *
 * ```yaml
 * phases:
 *   - id: vergleich
 *     title: 'Ergebnisse vergleichen'
 *     goal: 'Laden Sie alle Ergebnisse in den Vergleich …'
 *     pages: [vergleich]
 *     items: [strategie-einbindung-themenfelder]
 * agendas:
 *   - { id: zwei-stunden, title: 'Zwei Stunden', minutes: 120, slots: [{ phase: vergleich, minutes: 15 }, …] }
 * ```
 */

const minutes = z.number().int().positive();

/** A passage of the paper, quoted verbatim: whole sentences of one paragraph. */
export const paperQuoteSchema = z.strictObject({
  /** The editors' words introducing the quote where it needs context, shown before it, never inside it. */
  lead: z.string().min(1).optional(),
  /** The paper's wording, unchanged (its typos included). */
  text: z.string().min(1),
  /** Where it stands: the chapter (`/leitfaden/<chapter>/`) and optionally the id of a heading on its page. */
  source: z.strictObject({ chapter: z.enum(chapterIds), anchor: z.string().min(1).optional() }),
});

/** What the paper says on a point: quotes first, then items of `src/data/items.yaml` by id, each shown whole. */
const fromPaper = {
  /** Verbatim passages of the paper. */
  quotes: z.array(paperQuoteSchema).default([]),
  /** Item ids; an item that stands under another one is shown with that item's words before it. */
  items: z.array(slug).default([]),
};

/** One group of people to invite, and why. */
export const inviteeSchema = z.strictObject({
  /** Stable id, the anchor of the entry. */
  id: slug,
  /** Who, e.g. „Migrantenorganisationen und ihre Dachverbände“. */
  who: z.string().min(1),
  /** Why they belong at the table, in the editors' words. */
  why: z.string().min(1),
  ...fromPaper,
});

/** One step of the workshop, shared by the agendas. */
export const phaseSchema = z.strictObject({
  /** Stable id: the anchor of the step on /workshop/ and the key agendas refer to. */
  id: slug,
  /** Name of the step. */
  title: z.string().min(1),
  /** What happens in it, in the editors' words. */
  goal: z.string().min(1),
  /** The pages of the site to use in this step, in order (ids of `src/data/workshop-pages.ts`). */
  pages: z.array(z.enum(keysOf(workshopPages))).default([]),
  /** Practical hints for the facilitator, in the editors' words. */
  tips: z.array(z.string().min(1)).default([]),
  ...fromPaper,
});

/** One entry of an agenda: a step and its length. */
export const slotSchema = z.strictObject({
  /** Id of a phase. */
  phase: slug,
  /** Length in minutes. */
  minutes,
  /** What to do in this format, where it differs from the step's description. */
  note: z.string().min(1).optional(),
});

/** A timed agenda; its slots add up to `minutes`. */
export const agendaSchema = z.strictObject({
  /** Stable id, the anchor of the table. */
  id: slug,
  /** Name of the format, e.g. „Zwei Stunden“. */
  title: z.string().min(1),
  /** Total length in minutes. */
  minutes,
  /** The steps in order. */
  slots: z.array(slotSchema).min(1),
});

/** What the paper says to one department other than (or besides) the integration office. */
export const departmentPromptSchema = z.strictObject({
  /** Department id, as the self-check's department question stores it (e.g. `jugend`). */
  id: slug,
  /** Name of the department or field, e.g. „Jugend, Erziehung, Bildung“. */
  name: z.string().min(1),
  ...fromPaper,
});

/** The assumptions of the self-check's duration estimate (`src/lib/workshop/duration.ts`). */
export const estimateSchema = z.strictObject({
  /** Reading speed in words per minute. */
  wordsPerMinute: z.number().int().positive(),
  /** Time to weigh and tick one question, in seconds. */
  secondsPerQuestion: z.number().int().positive(),
  /** Time for one setting (target level or importance of a dimension), in seconds. */
  secondsPerSetting: z.number().int().positive(),
});

/** One preparation step, optionally with the page it needs. */
export const preparationSchema = z.strictObject({
  /** What to do, in the editors' words. */
  text: z.string().min(1),
  /** A page that helps with it. */
  page: z.enum(keysOf(workshopPages)).optional(),
});

/** Kinds of item the handout collects. */
export const handoutKinds = ['reflexionsfrage', 'gelingensfaktor', 'hindernis'] as const;

/** One group of items on the handout, each with room to write. */
export const handoutGroupSchema = z.strictObject({
  /** Stable id, the anchor of the group. */
  id: slug,
  /** Heading of the group. */
  title: z.string().min(1),
  /** The kind of all its items. */
  kind: z.enum(handoutKinds),
  /** Why these items were chosen for the session, in the editors' words. */
  reason: z.string().min(1),
  /** What to write down beside each item, in the editors' words, e.g. „Wie ist es bei uns?“. */
  prompt: z.string().min(1),
  /** Lines to write on per item. */
  lines: z.number().int().min(1).max(8),
  ...fromPaper,
});

/** The whole workshop document. */
export const workshopSchema = z
  .strictObject({
    /** What the workshop is for: the editors' paragraphs and the paper's words. */
    purpose: z.strictObject({ text: z.array(z.string().min(1)).min(1), ...fromPaper }),
    /** Whom to invite: an introduction from the paper and the groups. */
    invite: z.strictObject({ ...fromPaper, groups: z.array(inviteeSchema).min(1) }),
    /** Assumptions of the self-check's duration estimate. */
    estimate: estimateSchema,
    /** What to prepare, in order. */
    prepare: z.array(preparationSchema).min(1),
    /** The steps of a workshop, in order. */
    phases: z.array(phaseSchema).min(1),
    /** Timed agendas made of the steps. */
    agendas: z.array(agendaSchema).min(1),
    /** What the paper says to each department. */
    departments: z.array(departmentPromptSchema).min(1),
    /** The handout: a short introduction and the groups of items. */
    handout: z.strictObject({ intro: z.string().min(1), groups: z.array(handoutGroupSchema).min(1) }),
  })
  .superRefine((workshop, context) => {
    const phases = new Set(workshop.phases.map((phase) => phase.id));
    for (const [index, agenda] of workshop.agendas.entries()) {
      for (const slot of agenda.slots.filter((candidate) => !phases.has(candidate.phase)))
        context.addIssue({
          code: 'custom',
          path: ['agendas', index],
          message: `Agenda „${agenda.id}“: no phase „${slot.phase}“`,
        });
      const sum = agenda.slots.reduce((total, slot) => total + slot.minutes, 0);
      if (sum !== agenda.minutes)
        context.addIssue({
          code: 'custom',
          path: ['agendas', index],
          message: `Agenda „${agenda.id}“: its slots add up to ${String(sum)} minutes, not ${String(agenda.minutes)}`,
        });
    }
  });

export type PaperQuote = z.infer<typeof paperQuoteSchema>;
export type Invitee = z.infer<typeof inviteeSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Agenda = z.infer<typeof agendaSchema>;
export type DepartmentPrompt = z.infer<typeof departmentPromptSchema>;
export type Estimate = z.infer<typeof estimateSchema>;
export type HandoutGroup = z.infer<typeof handoutGroupSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
