import { describe, expect, test } from 'vitest';
import {
  assessmentSchema,
  storedEntrySchema,
  storedEntryWithoutTimeSchema,
  storeSchema,
} from '../../../src/schemas/assessment';
import { example } from './fixtures';

const valid = (fields: Record<string, unknown>) =>
  assessmentSchema.safeParse({ ...example, ...fields }).success;

describe('assessmentSchema', () => {
  test('accepts the example of the format description', () => {
    expect(assessmentSchema.parse(example)).toEqual(example);
  });

  test.each([
    ['without a name', { name: undefined }],
    ['with a name of 80 characters', { name: 'x'.repeat(80) }],
    ['with umlauts and emoji in the name', { name: 'Büro für Vielfalt 🌍' }],
    ['with 78 characters and an emoji (80 UTF-16 units) as name', { name: `${'x'.repeat(78)}🌍` }],
    ['without any answers or settings', { answers: {}, settings: {} }],
    ['with an empty list of ticked choices', { answers: { 'themen-austausch': [] } }],
    ['with „trifft nicht zu“ as an answer', { answers: { 'konzept-stand': 'trifft-nicht-zu' } }],
    ['with ratings 0 and 3', { answers: { a: 0, b: 3 } }],
    [
      'with only a target or only an importance',
      { settings: { konzept: { target: 1 }, raeume: { importance: 3 } } },
    ],
    ['with an empty setting for a dimension', { settings: { gremien: {} } }],
    ['dated 29 February of a leap year', { date: '2028-02-29' }],
  ])('accepts an assessment %s', (_case, fields) => {
    expect(valid(fields)).toBe(true);
  });

  test.each([
    ['a foreign format', { format: 'anderes-format' }],
    ['version 3', { version: 3 }],
    ['version „1“ as text', { version: '1' }],
    ['version null', { version: null }],
    ['an empty name', { name: '' }],
    ['a name of only spaces', { name: '   ' }],
    ['a name of 81 characters', { name: 'x'.repeat(81) }],
    ['a script tag in the name', { name: '<script>alert(1)</script>' }],
    ['a bold tag in the name', { name: '<b>Amt</b>' }],
    ['a lone „>“ in the name', { name: 'Amt > Abteilung' }],
    ['a line break in the name', { name: 'Amt\nfür Integration' }],
    ['a tab in the name', { name: 'Amt\tfür Integration' }],
    ['a NUL character in the name', { name: 'Amt\u0000' }],
    ['a right-to-left override in the name', { name: 'Amt \u202Efür' }],
    ['a left-to-right isolate in the name', { name: 'Amt \u2066für' }],
    ['a lone surrogate in the name', { name: 'Amt \uD83C' }],
    ['79 characters and an emoji (81 UTF-16 units) as name', { name: `${'x'.repeat(79)}🌍` }],
    ['a number as name', { name: 42 }],
    ['a German date', { date: '25.11.2026' }],
    ['an impossible date', { date: '2026-02-30' }],
    ['a date with time', { date: '2026-11-25T10:00:00Z' }],
    ['no date', { date: undefined }],
    ['a question id with capitals', { answers: { 'Konzept-Stand': 'beschlossen' } }],
    ['a question id with underscores', { answers: { konzept_stand: 'beschlossen' } }],
    ['an option id with spaces', { answers: { 'konzept-stand': 'von gremium' } }],
    ['a rating of 4', { answers: { 'gelingen-wertschaetzung': 4 } }],
    ['a rating of -1', { answers: { 'gelingen-wertschaetzung': -1 } }],
    ['a rating of 1.5', { answers: { 'gelingen-wertschaetzung': 1.5 } }],
    ['a choice ticked twice', { answers: { 'themen-austausch': ['kultur', 'kultur'] } }],
    ['null as an answer', { answers: { 'konzept-stand': null } }],
    ['true as an answer', { answers: { 'konzept-stand': true } }],
    ['an unknown dimension in settings', { settings: { finanzen: { target: 2 } } }],
    ['a target of 0', { settings: { konzept: { target: 0 } } }],
    ['a target of 4', { settings: { konzept: { target: 4 } } }],
    ['an importance of 4', { settings: { konzept: { importance: 4 } } }],
    ['an importance as a word', { settings: { konzept: { importance: 'hoch' } } }],
    ['an unknown field in a setting', { settings: { konzept: { target: 2, colour: 'red' } } }],
    ['an unknown top-level field', { comment: 'hallo' }],
    ['no answers', { answers: undefined }],
    ['no settings', { settings: undefined }],
  ])('rejects an assessment with %s', (_case, fields) => {
    expect(valid(fields)).toBe(false);
  });
});

describe('store schemas', () => {
  const entry = { id: 'k3x9q0a7mz', savedAt: '2026-11-25T10:15:00.000Z', assessment: example };

  test('accept the documented store and entry', () => {
    expect(storeSchema.safeParse({ version: 1, assessments: [entry] }).success).toBe(true);
    expect(storedEntrySchema.safeParse(entry).success).toBe(true);
  });

  test.each([
    ['store version 2', { version: 2, assessments: [] }],
    ['store version „1“ as text', { version: '1', assessments: [] }],
    ['no list of assessments', { version: 1 }],
    ['an unknown field', { version: 1, assessments: [], extra: 1 }],
  ])('the store envelope refuses %s', (_case, store) => {
    expect(storeSchema.safeParse(store).success).toBe(false);
  });

  test.each([
    ['an id with capitals', { ...entry, id: 'ABC' }],
    ['an id of 65 characters', { ...entry, id: 'a'.repeat(65) }],
    ['a time without zone', { ...entry, savedAt: '2026-11-25T10:15:00' }],
    ['no time', { id: entry.id, assessment: example }],
    ['an unknown field', { ...entry, extra: 1 }],
  ])('an entry refuses %s', (_case, value) => {
    expect(storedEntrySchema.safeParse(value).success).toBe(false);
  });

  test('an entry read without its time still needs a valid id and nothing unknown', () => {
    expect(storedEntryWithoutTimeSchema.safeParse({ id: entry.id, assessment: example }).success).toBe(true);
    expect(storedEntryWithoutTimeSchema.safeParse({ id: 'A', assessment: example }).success).toBe(false);
    expect(storedEntryWithoutTimeSchema.safeParse({ ...entry }).success).toBe(false);
  });
});
