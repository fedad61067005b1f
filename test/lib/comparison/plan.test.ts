import { describe, expect, test } from 'vitest';
import { resultsOf, sharedSteps } from '../../../src/lib/comparison/aggregate';
import { createComparison, type Comparison } from '../../../src/lib/comparison/document';
import {
  actionsCsv,
  comparisonFileName,
  levelsCsv,
  planRows,
  votesText,
  withAction,
  withMark,
} from '../../../src/lib/comparison/plan';
import { realContext } from '../../fixtures/selfcheck-context';
import { defined } from '../../fixtures/defined';
import { departmentAssessment } from '../../fixtures/workshop';

const context = realContext();
const workshop: Comparison = {
  ...createComparison(new Date('2026-12-01')),
  title: 'Workshop Musterstadt',
  entries: [
    {
      id: 'e1',
      label: 'Amt für Integration',
      assessment: departmentAssessment('integration.json'),
      notices: [],
    },
    { id: 'e2', label: 'Jugendamt', assessment: departmentAssessment('jugendamt.json'), notices: [] },
    { id: 'e3', label: 'Kulturamt', assessment: departmentAssessment('kulturamt.json'), notices: [] },
  ],
};
const results = resultsOf(workshop, context);
const shared = sharedSteps(results, context.paperOrder);
const stepId = (index: number): string => defined(shared[index], `step ${String(index + 1)}`).itemId;
const first = stepId(0);
const second = stepId(1);
const third = stepId(2);
const fourth = stepId(3);

/** Rows of a CSV export: BOM gone, split at CRLF and semicolons (the fixtures hold no quoted semicolons). */
const rowsOf = (csv: string): string[][] => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv
    .slice(1, -2)
    .split('\r\n')
    .map((line) => line.split(';'));
};

describe('marks and the action plan', () => {
  test('a mark is set once per department and can be taken back', () => {
    let marked = withMark(workshop, first, 'e1', true);
    marked = withMark(marked, first, 'e1', true);
    expect(marked.marks[first]).toEqual(['e1']);
    expect(withMark(marked, first, 'e1', false).marks[first]).toEqual([]);
    expect(workshop.marks).toEqual({});
  });

  test('holds only marked recommendations, most votes first, then in the order of the combined list', () => {
    let marked = withMark(workshop, third, 'e1', true);
    marked = withMark(marked, third, 'e2', true);
    marked = withMark(marked, second, 'e3', true);
    marked = withMark(marked, first, 'e2', true);
    marked = withMark(withMark(marked, fourth, 'e1', true), fourth, 'e1', false);
    expect(planRows(marked, shared).map((row) => [row.itemId, row.votes])).toEqual([
      [third, 2],
      [first, 1],
      [second, 1],
    ]);
  });

  test('each row starts empty and keeps what the group writes', () => {
    const marked = withMark(workshop, first, 'e1', true);
    expect(planRows(marked, shared)[0]?.action).toEqual({ itemId: first, what: '', who: '', when: '' });
    const written = withAction(marked, {
      itemId: first,
      what: 'Runder Tisch',
      who: 'Jugendamt',
      when: 'Juni 2027',
    });
    const rewritten = withAction(written, {
      itemId: first,
      what: 'Runder Tisch mit MO',
      who: 'Jugendamt',
      when: 'Juni 2027',
    });
    expect(rewritten.actions).toEqual([
      { itemId: first, what: 'Runder Tisch mit MO', who: 'Jugendamt', when: 'Juni 2027' },
    ]);
    expect(planRows(rewritten, shared)[0]?.action.what).toBe('Runder Tisch mit MO');
  });

  test('says votes in words', () => {
    expect([0, 1, 2].map(votesText)).toEqual(['0 Stimmen', '1 Stimme', '2 Stimmen']);
  });
});

describe('the CSV exports, which stack in a spreadsheet', () => {
  test('the levels: one row per department and dimension, with workshop and date on every row', () => {
    const rows = rowsOf(levelsCsv(workshop, results, context));
    expect(rows[0]).toEqual([
      'Workshop',
      'Datum',
      'Ergebnis',
      'Fachbereich',
      'Bereich',
      'Stufe',
      'Wert (0–3)',
      'Ziel',
      'Gewichtung',
    ]);
    expect(rows).toHaveLength(1 + 3 * context.catalogue.length);
    expect(rows.slice(1).every((row) => row[0] === 'Workshop Musterstadt' && row[1] === '2026-12-01')).toBe(
      true,
    );
    expect(rows.find((row) => row[2] === 'Jugendamt' && row[4] === 'Konzept')).toEqual([
      'Workshop Musterstadt',
      '2026-12-01',
      'Jugendamt',
      'Jugend, Erziehung, Bildung',
      'Konzept',
      'Kein Konzept',
      '0',
      '3',
      'mittel',
    ]);
    const unknown = rows.find(
      (row) => row[2] === 'Kulturamt' && row[4] === 'Stellenbeschreibung und Personalressourcen',
    );
    expect(unknown?.slice(5, 7)).toEqual(['', '']);
    expect(
      rows.find((row) => row[2] === 'Amt für Integration' && row[4] === 'Gelingensfaktoren')?.slice(5, 7),
    ).toEqual(['Mittelwert', '2,5']);
  });

  test('the actions: one row per agreed step, with the recommendation in full', () => {
    const marked = withAction(withMark(workshop, first, 'e1', true), {
      itemId: first,
      what: 'Erst\n„Runder Tisch“',
      who: 'Jugendamt',
      when: 'Juni 2027',
    });
    const csv = actionsCsv(marked, planRows(marked, shared), context);
    expect(csv).toContain('"Erst\n„Runder Tisch“"');
    const [head, row] = rowsOf(csv.replace('"Erst\n„Runder Tisch“"', 'X'));
    expect(head).toEqual([
      'Workshop',
      'Datum',
      'Empfehlung-ID',
      'Empfehlung',
      'Stimmen',
      'Was',
      'Wer',
      'Bis wann',
    ]);
    expect(row).toEqual([
      'Workshop Musterstadt',
      '2026-12-01',
      first,
      context.items[first]?.text,
      '1',
      'X',
      'Jugendamt',
      'Juni 2027',
    ]);
  });

  test('file names carry the title and the date', () => {
    expect(comparisonFileName(workshop, 'json')).toBe('workshop-workshop-musterstadt-2026-12-01.json');
    expect(comparisonFileName({ ...workshop, title: undefined }, 'massnahmen')).toBe(
      'workshop-2026-12-01-massnahmen.csv',
    );
  });
});
