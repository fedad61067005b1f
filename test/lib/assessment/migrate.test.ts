import { describe, expect, test } from 'vitest';
import { questionShapes } from '../../../src/lib/assessment/catalogue';
import { isKnownVersion, migrate } from '../../../src/lib/assessment/migrate';
import { parseAssessment } from '../../../src/lib/assessment/parse';
import { catalogue } from '../../fixtures/assessments/catalogue';
import { fixture } from '../../fixtures/assessments';
import { example } from './fixtures';

const version0 = (fields: Record<string, unknown>) => ({
  format: 'mo-leitfaden-selbstcheck',
  version: 0,
  datum: '25.11.2026',
  antworten: {},
  ...fields,
});

describe('migration from version 0', () => {
  test('reads the version-0 fixture as the same assessment in version 1, with a notice', () => {
    const result = parseAssessment(fixture('version-0.json'), { questions: questionShapes(catalogue) });
    expect(result).toEqual({
      ok: true,
      assessment: {
        ...example,
        settings: {
          konzept: { target: 3, importance: 2 },
          raeume: { target: 2 },
          gelingen: { importance: 3 },
        },
      },
      notices: [
        'Der Selbstcheck stammt aus einer älteren Version (Version 0) und wurde in das aktuelle Format übertragen.',
      ],
    });
  });

  test.each([
    ['titel', { titel: 'Amt' }, { name: 'Amt' }],
    ['no titel', {}, {}],
    ['datum', { datum: '01.02.2025' }, { date: '2025-02-01' }],
    ['null for „weiß nicht“', { antworten: { a: null, b: 1 } }, { answers: { a: 'weiss-nicht', b: 1 } }],
    ['ziele', { ziele: { konzept: 2 } }, { settings: { konzept: { target: 2 } } }],
    [
      'gewichte as words',
      { gewichte: { konzept: 'gering', raeume: 'hoch' } },
      { settings: { konzept: { importance: 1 }, raeume: { importance: 3 } } },
    ],
  ])('turns %s into its version-1 field', (_case, fields, expected) => {
    const migrated = migrate(version0(fields));
    expect(migrated).toMatchObject({ version: 1, ...expected });
    expect(migrated).not.toHaveProperty('titel');
    expect(migrated).not.toHaveProperty('antworten');
  });

  test('leaves the document it migrates unchanged', () => {
    const document = version0({ antworten: { a: null }, ziele: { konzept: 2 } });
    const before = structuredClone(document);
    migrate(document);
    expect(document).toEqual(before);
  });

  test.each([
    [{ datum: '2026-11-25T10:00' }, 'Das Datum fehlt oder ist ungültig'],
    [{ gewichte: { konzept: 'sehr hoch' } }, 'Die Gewichtung der Dimension „Konzept“'],
    [{ ziele: { konzept: 7 } }, 'Das Ziel für die Dimension „Konzept“'],
    [{ extra: 1 }, 'Angaben, die es in diesem Format nicht gibt: „extra“'],
  ])('reports a broken version-0 file %o through the version-1 checks', (fields, message) => {
    const result = parseAssessment(JSON.stringify(version0(fields)));
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      error: expect.stringContaining(message) as string,
    });
  });

  test.each([
    [0, true],
    [1, true],
    [2, false],
    [-1, false],
    ['0', false],
  ])('version %j is known: %s', (version, known) => {
    expect(isKnownVersion(version)).toBe(known);
  });
});
