import { describe, expect, test } from 'vitest';
import { checkVersion, isKnownVersion, migrate } from '../../../src/lib/assessment/migrate';
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
    const result = parseAssessment(fixture('version-0.json'), { catalogue });
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
        'Der Selbstcheck stammt aus einer älteren Version des Formats (Version 0) und wurde in das aktuelle Format (Version 2) übertragen.',
        '1 Antwort ohne Wert (null) wurde als „Weiß nicht“ gelesen, wie es Version 0 vorsah.',
        'Gewichtungen in Worten wurden in Zahlen übertragen: „gering“ als 1, „mittel“ als 2, „hoch“ als 3.',
      ],
    });
  });

  const lead =
    'Der Selbstcheck stammt aus einer älteren Version des Formats (Version 0) und wurde in das aktuelle Format (Version 2) übertragen.';

  test.each([
    ['nothing but renamed fields', {}, [lead]],
    [
      'three null answers',
      { antworten: { a: null, b: null, c: 1, d: null } },
      [lead, '3 Antworten ohne Wert (null) wurden als „Weiß nicht“ gelesen, wie es Version 0 vorsah.'],
    ],
    [
      'importance in words',
      { gewichte: { konzept: 'hoch' } },
      [
        lead,
        'Gewichtungen in Worten wurden in Zahlen übertragen: „gering“ als 1, „mittel“ als 2, „hoch“ als 3.',
      ],
    ],
    ['importance already as numbers', { gewichte: { konzept: 3 } }, [lead]],
  ])('says precisely what it converted for a version-0 file with %s', (_case, fields, notices) => {
    const result = parseAssessment(JSON.stringify(version0(fields)));
    expect(result).toMatchObject({ ok: true, notices });
  });

  test('says nothing for a document that is current already', () => {
    expect(migrate({ ...example })).toEqual({ document: example, notices: [] });
  });

  test('puts migration notices before those of the catalogue check', () => {
    const result = parseAssessment(
      JSON.stringify(version0({ antworten: { 'konzept-stand': null, 'alte-frage': 1 } })),
      { catalogue },
    );
    expect(result).toMatchObject({
      ok: true,
      notices: [
        lead,
        '1 Antwort ohne Wert (null) wurde als „Weiß nicht“ gelesen, wie es Version 0 vorsah.',
        '1 Antwort gehört zu einer Frage, die es in diesem Selbstcheck nicht gibt, und wurde nicht übernommen: „alte-frage“.',
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
    const migrated = migrate(version0(fields)).document;
    expect(migrated).toMatchObject({ version: 2, ...expected });
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
    [2, true],
    [3, false],
    [-1, false],
    ['0', false],
  ])('version %j is known: %s', (version, known) => {
    expect(isKnownVersion(version)).toBe(known);
  });
});

describe('checkVersion', () => {
  test.each([
    [1, { kind: 'readable', version: 1 }],
    [0, { kind: 'readable', version: 0 }],
    [3, { kind: 'newer', version: 3 }],
    [-1, { kind: 'unknown', version: -1 }],
    [undefined, { kind: 'missing' }],
    ['1', { kind: 'wrong-type', value: '1' }],
    [null, { kind: 'wrong-type', value: null }],
    [true, { kind: 'wrong-type', value: true }],
    [1.5, { kind: 'wrong-type', value: 1.5 }],
    [2.5, { kind: 'wrong-type', value: 2.5 }],
    [Infinity, { kind: 'wrong-type', value: Infinity }],
  ])('judges the document version %j as %o', (version, expected) => {
    expect(checkVersion(version, 1, isKnownVersion)).toEqual(expected);
  });

  test('knows only the current version unless told which others are readable', () => {
    expect(checkVersion(0, 1)).toEqual({ kind: 'unknown', version: 0 });
    expect(checkVersion(1, 1)).toEqual({ kind: 'readable', version: 1 });
  });
});

describe('migration from version 1', () => {
  test('reads today’s export as version 2 without a department, saying nothing because nothing changed', () => {
    const migrated = migrate({
      format: 'mo-leitfaden-selbstcheck',
      version: 1,
      date: '2026-11-02',
      answers: {},
      settings: {},
    });
    expect(migrated).toEqual({
      document: {
        format: 'mo-leitfaden-selbstcheck',
        version: 2,
        date: '2026-11-02',
        answers: {},
        settings: {},
      },
      notices: [],
    });
  });
});
