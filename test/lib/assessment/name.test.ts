import { describe, expect, test } from 'vitest';
import { cleanName, NAME_MAX_LENGTH, nameProblem } from '../../../src/lib/assessment/name';
import { parseAssessment } from '../../../src/lib/assessment/parse';
import { assessmentSchema } from '../../../src/schemas/assessment';
import { example, withFields } from './fixtures';

const schemaAccepts = (name: string): boolean => assessmentSchema.safeParse({ ...example, name }).success;

const markup = 'Der Name darf kein Markup enthalten, also keine spitzen Klammern (< >).';
const lineBreak = 'Der Name darf keinen Zeilenumbruch enthalten. Schreiben Sie ihn in eine Zeile.';
const tab = 'Der Name darf keinen Tabulator enthalten. Verwenden Sie stattdessen ein Leerzeichen.';
const bidi = (code: string) =>
  `Der Name darf keine unsichtbaren Zeichen zur Steuerung der Schreibrichtung enthalten (gefunden: ${code}). Geben Sie den Namen am besten neu ein, statt ihn einzufügen.`;
const control = (code: string) =>
  `Der Name darf keine unsichtbaren Steuerzeichen enthalten (gefunden: ${code}). Geben Sie den Namen am besten neu ein, statt ihn einzufügen.`;
const surrogate =
  'Der Name enthält ein unvollständiges Zeichen, etwa ein halbes Emoji. Geben Sie den Namen am besten neu ein, statt ihn einzufügen.';

/** Names the rule refuses, with the message the form and the import show. */
const refused: [string, string, string][] = [
  ['a script tag', '<script>alert(1)</script>', markup],
  ['a lone „<“', 'Amt < Abteilung', markup],
  ['a lone „>“', 'Amt > Abteilung', markup],
  ['a tab', 'Amt\tfür Integration', tab],
  ['a line feed', 'Amt\nfür Integration', lineBreak],
  ['a carriage return', 'Amt\rfür Integration', lineBreak],
  ['a next-line character U+0085', 'Amt\u0085für', lineBreak],
  ['a line separator U+2028', 'Amt\u2028für', lineBreak],
  ['a paragraph separator U+2029', 'Amt\u2029für', lineBreak],
  ['a right-to-left override U+202E', 'Amt \u202Efür', bidi('U+202E')],
  ['a left-to-right embedding U+202A', 'Amt \u202Afür', bidi('U+202A')],
  ['a left-to-right isolate U+2066', 'Amt \u2066für', bidi('U+2066')],
  ['a pop directional isolate U+2069', 'Amt für\u2069 x', bidi('U+2069')],
  ['a NUL character', 'Amt\u0000x', control('U+0000')],
  ['a bell character', 'Amt\u0007', control('U+0007')],
  ['a DEL character', 'Amt\u007Fx', control('U+007F')],
  ['a C1 control U+009B', 'Amt\u009Bx', control('U+009B')],
  ['a lone high surrogate', 'Amt \uD83C', surrogate],
  ['a lone low surrogate', '\uDF0D Amt', surrogate],
  ['81 characters', 'x'.repeat(81), 'Der Name darf höchstens 80 Zeichen lang sein; er hat 81.'],
  [
    '79 characters and an emoji (81 UTF-16 units)',
    `${'x'.repeat(79)}🌍`,
    'Der Name darf höchstens 80 Zeichen lang sein; er hat 81, denn Emoji und manche andere Zeichen zählen doppelt.',
  ],
];

/** Names the rule accepts, as they are stored. */
const accepted: [string, string, string][] = [
  ['a plain name', 'Amt für Integration', 'Amt für Integration'],
  ['spaces around it', '  Amt für Integration ', 'Amt für Integration'],
  ['a line break at the end (trimmed)', 'Amt für Integration\n', 'Amt für Integration'],
  ['80 characters', 'x'.repeat(80), 'x'.repeat(80)],
  ['78 characters and an emoji (80 UTF-16 units)', `${'x'.repeat(78)}🌍`, `${'x'.repeat(78)}🌍`],
  ['umlauts, ß and an emoji', 'Büro für Vielfalt, Straße 🌍', 'Büro für Vielfalt, Straße 🌍'],
  ['Arabic script', 'مكتب الاندماج', 'مكتب الاندماج'],
  ['quotes and an ampersand', 'Amt „Integration“ & Teilhabe', 'Amt „Integration“ & Teilhabe'],
  ['a left-to-right mark U+200E (not a bidi control of the rule)', 'Amt\u200E', 'Amt\u200E'],
];

describe('nameProblem', () => {
  test.each(refused)('refuses a name with %s, saying what is wrong', (_case, name, message) => {
    expect(nameProblem(name)).toBe(message);
  });

  test.each(accepted)('accepts a name with %s', (_case, name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  test.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only a tab and a line break', '\t\n'],
  ])('sees no problem in a blank name (%s): it means no name', (_case, name) => {
    expect(nameProblem(name)).toBeUndefined();
    expect(cleanName(name)).toBeUndefined();
  });

  test.each(accepted)('stores a name with %s trimmed', (_case, name, stored) => {
    expect(cleanName(name)).toBe(stored);
  });

  test('counts the length as the name field does, in UTF-16 units', () => {
    expect(NAME_MAX_LENGTH).toBe(80);
    expect('🌍'.length).toBe(2);
  });
});

describe('the name rule is the same for the form and the import', () => {
  test.each([...refused, ...accepted])(
    'the schema and nameProblem agree on a name with %s',
    (_case, name) => {
      expect(schemaAccepts(name)).toBe(nameProblem(name) === undefined);
    },
  );

  test.each(refused)('an import of a name with %s shows the message of the name field', (_case, name) => {
    expect(parseAssessment(withFields({ name }))).toEqual({
      ok: false,
      code: 'invalid',
      error: `Der Selbstcheck kann nicht geladen werden. ${nameProblem(name) ?? 'accepted'}`,
    });
  });

  test('they agree on every UTF-16 code unit inside a name', () => {
    const disagreements: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const name = `Amt ${String.fromCharCode(unit)} x`;
      if (schemaAccepts(name) !== (nameProblem(name) === undefined)) {
        disagreements.push(`U+${unit.toString(16).padStart(4, '0')}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test.each([
    ['empty', ''],
    ['only spaces', '   '],
  ])('an imported blank name (%s) reads as no name, as in the form', (_case, name) => {
    const result = parseAssessment(withFields({ name }));
    expect(result).toMatchObject({ ok: true, notices: [] });
    expect(result.ok && 'name' in result.assessment).toBe(false);
  });
});
