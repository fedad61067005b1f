import { departments, dimensions } from '../../data/taxonomy';
import { tc } from '../../i18n/de-comparison';
import { formatNumber, plural } from '../../i18n/translator';
import type { Action } from '../../schemas/comparison';
import { csvCell, fileSlug } from '../assessment/export';
import { importanceLabels } from '../scale';
import type { ResultContext } from '../selfcheck/result';
import { decimal } from '../selfcheck/words';
import { tally, type EntryResult, type SharedStep } from './aggregate';
import type { Comparison } from './document';

/** A recommendation the group agreed to take on, with its votes and its row of the action plan. */
export interface PlanRow {
  itemId: string;
  votes: number;
  action: Action;
}

/**
 * The action plan (Maßnahmenplan): every recommendation at least one entry marked, the most votes first, then in
 * the order of the combined list, each with what, who and by when as the group wrote them (empty until then).
 */
export function planRows(comparison: Comparison, shared: readonly SharedStep[]): PlanRow[] {
  const votes = tally(comparison);
  const order = shared.map((step) => step.itemId);
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return Object.entries(votes)
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || rank(a) - rank(b))
    .map(([itemId, count]) => ({
      itemId,
      votes: count,
      action: comparison.actions.find((action) => action.itemId === itemId) ?? {
        itemId,
        what: '',
        who: '',
        when: '',
      },
    }));
}

/** A number of votes in words: „1 Stimme“, „3 Stimmen“. */
export const votesText = (count: number): string =>
  tc(plural(count, 'comparison.vote', 'comparison.votes'), { count: formatNumber(count) });

/** The comparison with one entry's mark on a recommendation set or cleared. */
export function withMark(comparison: Comparison, itemId: string, entryId: string, on: boolean): Comparison {
  const by = (comparison.marks[itemId] ?? []).filter((id) => id !== entryId);
  return { ...comparison, marks: { ...comparison.marks, [itemId]: on ? [...by, entryId] : by } };
}

/** The comparison with one row of the action plan replaced (or added). */
export function withAction(comparison: Comparison, action: Action): Comparison {
  const others = comparison.actions.filter((known) => known.itemId !== action.itemId);
  return { ...comparison, actions: [...others, action] };
}

/** A CSV table in the form the self-check's export uses: UTF-8 with BOM, semicolons, CRLF. */
const table = (rows: string[][]): string =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;

/**
 * The comparison as a spreadsheet, one row per entry and dimension, so that files of several workshops can be
 * put below each other: workshop, date, entry, department, dimension, level in words, value, target, importance.
 */
export function levelsCsv(
  comparison: Comparison,
  results: readonly EntryResult[],
  context: ResultContext,
): string {
  const head = [
    tc('comparison.csv.workshop'),
    tc('comparison.csv.date'),
    tc('comparison.csv.entry'),
    tc('comparison.csv.department'),
    tc('comparison.csv.dimension'),
    tc('comparison.csv.level'),
    tc('comparison.csv.value'),
    tc('comparison.csv.target'),
    tc('comparison.csv.importance'),
  ];
  const rows = results.flatMap(({ entry, result }) =>
    context.catalogue.map((dimension, index) => {
      const row = result.dimensions[index];
      const department = entry.assessment.department;
      return [
        comparison.title ?? '',
        comparison.date,
        entry.label,
        department === undefined ? '' : departments[department],
        dimensions[dimension.id],
        row === undefined
          ? ''
          : row.level.kind === 'decided'
            ? row.level.label
            : row.level.kind === 'mean'
              ? tc('comparison.csv.mean')
              : '',
        row?.value === null || row === undefined ? '' : decimal(row.value),
        row === undefined ? '' : String(row.settings.target),
        row === undefined ? '' : importanceLabels[row.settings.importance as keyof typeof importanceLabels],
      ];
    }),
  );
  return table([head, ...rows]);
}

/** The action plan as a spreadsheet, one row per agreed step: workshop, date, item, text, votes, what, who, when. */
export function actionsCsv(comparison: Comparison, rows: readonly PlanRow[], context: ResultContext): string {
  const head = [
    tc('comparison.csv.workshop'),
    tc('comparison.csv.date'),
    tc('comparison.csv.itemId'),
    tc('comparison.csv.item'),
    tc('comparison.csv.votes'),
    tc('comparison.csv.what'),
    tc('comparison.csv.who'),
    tc('comparison.csv.when'),
  ];
  return table([
    head,
    ...rows.map(({ itemId, votes, action }) => [
      comparison.title ?? '',
      comparison.date,
      itemId,
      context.items[itemId]?.text ?? '',
      String(votes),
      action.what,
      action.who,
      action.when,
    ]),
  ]);
}

/** File name of an export: `workshop-musterstadt-2026-12-01-stand.csv`. */
export function comparisonFileName(comparison: Comparison, part: 'json' | 'stand' | 'massnahmen'): string {
  const slug = fileSlug(comparison.title ?? '');
  const stem = ['workshop', slug, comparison.date].filter(Boolean).join('-');
  return part === 'json' ? `${stem}.json` : `${stem}-${part}.csv`;
}
