import { departments } from '../../data/taxonomy';
import { tc } from '../../i18n/de-comparison';
import { COMPARISON_FORMAT, COMPARISON_VERSION, type Action } from '../../schemas/comparison';
import type { Assessment } from '../../schemas/assessment';
import { cleanName } from '../assessment/name';
import { canonical } from '../assessment/export';
import { isoDate } from '../assessment/document';

/** One loaded self-check: its label in the workshop, the checked document, and what loading it changed. */
export interface Entry {
  id: string;
  label: string;
  assessment: Assessment;
  /** Notices from reading it (dropped answers, migration), shown beside the entry. */
  notices: string[];
}

/** The comparison as the page holds it: every entry's assessment checked. */
export interface Comparison {
  title: string | undefined;
  date: string;
  entries: Entry[];
  marks: Record<string, string[]>;
  actions: Action[];
}

/** A new, empty comparison dated today (or on `day`). */
export function createComparison(day: Date = new Date()): Comparison {
  return { title: undefined, date: isoDate(day), entries: [], marks: {}, actions: [] };
}

/** What a loaded self-check is called at first: its name, else its department, else the file it came from. */
export function defaultLabel(assessment: Assessment, fallback: string): string {
  const fromFile = assessment.name ?? (assessment.department && departments[assessment.department]);
  return cleanName(fromFile ?? '') ?? cleanName(fallback.slice(0, 80)) ?? tc('comparison.unnamed');
}

/** A fresh entry id that the comparison does not use yet: `e1`, `e2`, … */
export function nextEntryId(comparison: Pick<Comparison, 'entries'>): string {
  const taken = new Set(comparison.entries.map((entry) => entry.id));
  for (let n = comparison.entries.length + 1; ; n += 1)
    if (!taken.has(`e${String(n)}`)) return `e${String(n)}`;
}

/** The entry already loaded with exactly the same answers, settings, name, department and date, if any. */
export function sameAs(comparison: Pick<Comparison, 'entries'>, assessment: Assessment): Entry | undefined {
  const text = JSON.stringify(canonical(assessment));
  return comparison.entries.find((entry) => JSON.stringify(canonical(entry.assessment)) === text);
}

/** The comparison as its JSON document, in a fixed key order, entries in their canonical form. */
export function comparisonDocument(comparison: Comparison): object {
  return {
    format: COMPARISON_FORMAT,
    version: COMPARISON_VERSION,
    ...(comparison.title === undefined ? {} : { title: comparison.title }),
    date: comparison.date,
    entries: comparison.entries.map(({ id, label, assessment }) => ({
      id,
      label,
      assessment: canonical(assessment),
    })),
    marks: Object.fromEntries(
      Object.entries(comparison.marks)
        .filter(([, ids]) => ids.length > 0)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
    actions: comparison.actions.map(({ itemId, what, who, when }) => ({ itemId, what, who, when })),
  };
}

/** The comparison as a JSON file: indented by two spaces, final newline. */
export const comparisonJson = (comparison: Comparison): string =>
  `${JSON.stringify(comparisonDocument(comparison), null, 2)}\n`;
