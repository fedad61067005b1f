import { describe, expect, test } from 'vitest';
import {
  compareDimensions,
  openQuestions,
  resultsOf,
  sharedSteps,
  tally,
} from '../../../src/lib/comparison/aggregate';
import { createComparison, type Comparison, type Entry } from '../../../src/lib/comparison/document';
import { createAssessment } from '../../../src/lib/assessment/document';
import { selfcheckResult } from '../../../src/lib/selfcheck/result';
import type { Answer, Assessment } from '../../../src/schemas/assessment';
import { realContext } from '../../fixtures/selfcheck-context';
import { defined } from '../../fixtures/defined';
import { departmentAssessment } from '../../fixtures/workshop';

const context = realContext();
const allQuestions = context.catalogue.flatMap((dimension) => dimension.questions);

/** An entry with these answers (and nothing else set). */
function entry(
  id: string,
  label: string,
  answers: Record<string, Answer>,
  department?: Assessment['department'],
): Entry {
  const assessment = {
    ...createAssessment(new Date('2026-12-01')),
    answers,
    ...(department && { department }),
  };
  return { id, label, assessment, notices: [] };
}

const comparisonOf = (...entries: Entry[]): Comparison => ({
  ...createComparison(new Date('2026-12-01')),
  entries,
});

/** The three fixture departments, as the page loads them. */
const departments = comparisonOf(
  {
    id: 'e1',
    label: 'Amt für Integration',
    assessment: departmentAssessment('integration.json'),
    notices: [],
  },
  { id: 'e2', label: 'Jugendamt', assessment: departmentAssessment('jugendamt.json'), notices: [] },
  { id: 'e3', label: 'Kulturamt', assessment: departmentAssessment('kulturamt.json'), notices: [] },
);

/** Every deciding question answered „Weiß nicht“, and every other question too. */
const allUnknown = Object.fromEntries(allQuestions.map((question) => [question.id, 'weiss-nicht' as const]));

describe('compareDimensions: each dimension across the departments', () => {
  const compared = compareDimensions(resultsOf(departments, context), context);
  const row = (dimension: string) => compared.find((known) => known.dimension === dimension);

  test('shows every dimension once, with one value per department in the order they were loaded', () => {
    expect(compared.map((known) => known.dimension).sort()).toEqual(
      context.catalogue.map((d) => d.id).sort(),
    );
    for (const known of compared)
      expect(known.values.map((value) => value.label)).toEqual([
        'Amt für Integration',
        'Jugendamt',
        'Kulturamt',
      ]);
  });

  test.each([
    // dimension, values of Integration, Jugendamt, Kulturamt, spread
    ['konzept', [3, 0, 1], 3],
    ['personal', [2, 0, null], 2],
    ['foerderung', [2, 0, 1], 2],
    ['raeume', [1, 0, 2], 2],
    ['gremien', [2, 0, null], 2],
    ['verwaltung', [1, 0, 1], 1],
    ['gelingen', [2.5, 1, 2], 1.5],
    ['formen', [null, null, 2], null],
    ['qualifizierung', [null, null, null], null],
  ] as const)('%s: values %j, spread %s', (dimension, values, spread) => {
    expect(row(dimension)?.values.map((value) => value.value)).toEqual(values);
    expect(row(dimension)?.spread).toBe(spread);
  });

  test('puts the dimensions where the departments differ most first, equal spreads in the catalogue order, and those with fewer than two known values last', () => {
    expect(compared.map((known) => known.dimension)).toEqual([
      'konzept',
      'personal',
      'foerderung',
      'raeume',
      'gremien',
      'gelingen',
      'verwaltung',
      'qualifizierung',
      'themen',
      'formen',
    ]);
  });

  test('says a „Weiß nicht“ as unknown and an unanswered dimension as open, never as level 0', () => {
    const personal = row('personal')?.values[2];
    expect(personal).toMatchObject({ value: null, kind: 'unknown', short: 'unbekannt' });
    expect(personal?.words).toContain('Weiß nicht');
    expect(row('qualifizierung')?.values[1]).toMatchObject({ value: null, kind: 'open' });
  });

  test('marks the dimensions whose value is a mean of answers, not a level', () => {
    expect(
      compared
        .filter((known) => known.mean)
        .map((known) => known.dimension)
        .sort(),
    ).toEqual(['formen', 'gelingen', 'qualifizierung']);
    expect(row('gelingen')?.values[0]?.short).toBe('Mittelwert 2,5');
  });

  test('carries the survey benchmark where the paper has one', () => {
    expect(row('konzept')?.benchmark).toBe(
      '23 von 32 Kommunen haben ein Konzept für die Zusammenarbeit mit Migrantenorganisationen.',
    );
  });

  test.each([
    {
      name: 'a department that skipped a dimension counts only where it answered',
      entries: [
        entry('a', 'A', { 'raeume-stand': 'keine' }),
        entry('b', 'B', { 'raeume-stand': 'interkulturelles-zentrum', 'konzept-stand': 'beschlossen' }),
      ],
      dimension: 'konzept',
      values: [null, 3],
      spread: null,
    },
    {
      name: 'a department that answered „Weiß nicht“ throughout has no known value anywhere',
      entries: [
        entry('a', 'A', allUnknown),
        entry('b', 'B', { 'raeume-stand': 'raeume-fuer-mo' }),
        entry('c', 'C', { 'raeume-stand': 'keine' }),
      ],
      dimension: 'raeume',
      values: [null, 2, 0],
      spread: 2,
    },
    {
      name: 'departments that agree have a spread of 0, not none',
      entries: [
        entry('a', 'A', { 'konzept-stand': 'entwurf' }),
        entry('b', 'B', { 'konzept-stand': 'entwurf' }),
      ],
      dimension: 'konzept',
      values: [1, 1],
      spread: 0,
    },
    {
      name: 'a single department has no spread',
      entries: [entry('a', 'A', { 'konzept-stand': 'papier' })],
      dimension: 'konzept',
      values: [2],
      spread: null,
    },
  ])('$name', ({ entries, dimension, values, spread }) => {
    const found = compareDimensions(resultsOf(comparisonOf(...entries), context), context).find(
      (known) => known.dimension === dimension,
    );
    expect(found?.values.map((value) => value.value)).toEqual(values);
    expect(found?.spread).toBe(spread);
  });

  test('the all-„Weiß nicht“ department is unknown in every dimension that has a deciding question', () => {
    const compared = compareDimensions(
      resultsOf(comparisonOf(entry('a', 'A', allUnknown)), context),
      context,
    );
    for (const known of compared) {
      const [value] = known.values;
      expect(value?.value, known.dimension).toBeNull();
      expect(value?.kind, known.dimension).toBe('unknown');
    }
  });
});

describe('sharedSteps: the combined priority list', () => {
  const results = resultsOf(departments, context);
  const shared = sharedSteps(results, context.paperOrder);

  test('holds every next step of every department, once, and nothing else', () => {
    const own = new Set(results.flatMap(({ result }) => result.steps.map((step) => step.itemId)));
    expect(new Set(shared.map((step) => step.itemId))).toEqual(own);
    expect(shared).toHaveLength(own.size);
  });

  test('says for each recommendation exactly the departments whose next step it is, with the answers that put it there', () => {
    for (const step of shared) {
      const expected = results.filter(({ result }) => result.steps.some((own) => own.itemId === step.itemId));
      expect(step.entries.map((who) => who.label)).toEqual(expected.map(({ entry }) => entry.label));
      for (const who of step.entries) {
        const own = expected
          .find(({ entry }) => entry.id === who.entryId)
          ?.result.steps.find((s) => s.itemId === step.itemId);
        expect(who.reasons).toEqual(own?.reasons);
        expect(who.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  test('puts what most departments need first', () => {
    const counts = shared.map((step) => step.entries.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(3);
  });

  test('orders recommendations needed by as many departments by their added weight, then by their best place in a department’s own list', () => {
    for (const [a, b] of shared
      .slice(0, -1)
      .map((step, index) => [step, defined(shared[index + 1])] as const)) {
      if (a.entries.length !== b.entries.length) continue;
      expect(a.weight).toBeGreaterThanOrEqual(b.weight);
      if (a.weight === b.weight) expect(a.rank).toBeLessThanOrEqual(b.rank);
    }
  });

  test('puts first, for departments that work with migrant organisations alone or in few departments, what the paper advises for that', () => {
    // Paper: „Zur Etablierung der Zusammenarbeit von Migrantenorganisationen mit der gesamten Verwaltung empfiehlt
    // es sich, die Zusammenarbeit zwischen Migrantenorganisationen und anderen Fachbereichen auszubauen.“
    expect(shared[0]).toMatchObject({ itemId: 'zusammenarbeit-andere-fachbereiche' });
    expect(shared[0]?.entries.map((who) => who.label)).toEqual([
      'Amt für Integration',
      'Jugendamt',
      'Kulturamt',
    ]);
  });

  test('a department that answered „Weiß nicht“ throughout adds no step, and the others keep theirs', () => {
    const withUnknown = comparisonOf(...departments.entries, entry('e4', 'Sportamt', allUnknown, 'sport'));
    const sharedWith = sharedSteps(resultsOf(withUnknown, context), context.paperOrder);
    expect(sharedWith.map((step) => step.itemId)).toEqual(shared.map((step) => step.itemId));
    expect(sharedWith.flatMap((step) => step.entries.map((who) => who.label))).not.toContain('Sportamt');
  });

  test('is the single department’s own list when only one is loaded', () => {
    const first = defined(results[0]);
    expect(sharedSteps([first], context.paperOrder).map((step) => step.itemId)).toEqual(
      selfcheckResult(first.entry.assessment, context).steps.map((step) => step.itemId),
    );
  });
});

describe('openQuestions: „Noch zu klären“ for the workshop', () => {
  test('lists each question answered „Weiß nicht“ once, with the departments that did, in the catalogue’s order', () => {
    const open = openQuestions(resultsOf(departments, context), context);
    expect(open.map((question) => [question.questionId, question.labels])).toEqual([
      ['personal-stellenbeschreibung', ['Kulturamt']],
      ['gremien-stand', ['Kulturamt']],
    ]);
  });

  test('names every department that does not know', () => {
    const both = comparisonOf(
      entry('a', 'A', { 'raeume-stand': 'weiss-nicht' }),
      entry('b', 'B', { 'raeume-stand': 'weiss-nicht' }),
    );
    expect(openQuestions(resultsOf(both, context), context)).toMatchObject([
      { questionId: 'raeume-stand', labels: ['A', 'B'] },
    ]);
  });
});

describe('tally', () => {
  test('counts the marks of the departments that are loaded, not of removed ones', () => {
    const marked = {
      ...departments,
      marks: { 'raeume-bereitstellen': ['e1', 'e3', 'e9'], 'konzept-strategie': [] },
    };
    expect(tally(marked)).toEqual({ 'raeume-bereitstellen': 2, 'konzept-strategie': 0 });
  });
});
