import { describe, expect, test } from 'vitest';
import { toJson } from '../../../src/lib/assessment/export';
import { decodeShareFragment, encodeShareFragment } from '../../../src/lib/assessment/share-link';
import type { Assessment } from '../../../src/schemas/assessment';
import { catalogue } from '../../fixtures/assessments/catalogue';
import { fixture } from '../../fixtures/assessments';
import { example, withFields } from './fixtures';

/** A fragment carrying any text, as a hostile or broken link would. */
const fragmentOf = (text: string): string => `#s=${Buffer.from(text, 'utf8').toString('base64url')}`;

/** A link to a valid assessment, except for one byte of the name that is not UTF-8. */
const withInvalidByte = (() => {
  const bytes = Buffer.from(withFields({ name: 'Amt X' }), 'utf8');
  bytes[bytes.indexOf('X')] = 0xff;
  return `#s=${bytes.toString('base64url')}`;
})();

describe('share links', () => {
  test('put the assessment into the fragment as base64url, without padding or characters that need escaping', () => {
    const fragment = encodeShareFragment(example);
    expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(fragment.slice(3), 'base64url').toString('utf8'))).toEqual(
      JSON.parse(toJson(example)),
    );
  });

  test('are the same for the same answers, whatever order they were given in', () => {
    const reordered = { ...example, answers: Object.fromEntries(Object.entries(example.answers).reverse()) };
    expect(encodeShareFragment(reordered)).toBe(encodeShareFragment(example));
  });

  test('stay short: the example fits in well under 1 KB', () => {
    expect(encodeShareFragment(example).length).toBeLessThan(1024);
  });

  test.each([
    ['the example', example],
    ['umlauts and ß in the name', { ...example, name: 'Bürgeramt Größe Übersicht' }],
    ['emoji in the name', { ...example, name: 'Team Vielfalt 🌍🤝🏽' }],
    ['a name of 80 characters', { ...example, name: 'ä'.repeat(80) }],
  ])('round trip with %s', (_case, assessment: Assessment) => {
    const fragment = encodeShareFragment(assessment);
    expect(decodeShareFragment(fragment, { catalogue })).toEqual({
      ok: true,
      assessment,
      notices: [],
    });
  });

  test.each([
    ['a full URL', (f: string) => `https://leitfaden.example/selbstcheck/${f}`],
    ['a URL under a sub-path with a query', (f: string) => `https://example.org/mo/selbstcheck/?x=1${f}`],
    ['just the hash', (f: string) => f],
    ['the fragment without #', (f: string) => f.slice(1)],
    ['spaces around it', (f: string) => `  ${f}\n`],
    ['a line break a mail program put into it', (f: string) => `${f.slice(0, 40)}\n${f.slice(40)}`],
    ['another fragment parameter before it', (f: string) => `#tab=ergebnis&${f.slice(1)}`],
  ])('are read from %s', (_case, paste) => {
    expect(decodeShareFragment(paste(encodeShareFragment(example)))).toEqual({
      ok: true,
      assessment: example,
      notices: [],
    });
  });

  test.each([
    ['a link to the page without data', 'https://leitfaden.example/selbstcheck/', 'link-empty'],
    ['an empty hash', '#', 'link-empty'],
    ['an empty s parameter', '#s=', 'link-empty'],
    ['another fragment', 'https://leitfaden.example/leitfaden/befragung/#raeume', 'link-empty'],
    [
      'a query parameter s, not a fragment',
      `https://leitfaden.example/selbstcheck/?x=1&${encodeShareFragment(example).slice(1)}`,
      'link-empty',
    ],
    ['empty text', '', 'link-empty'],
  ])('say there is no self-check in %s', (_case, input, code) => {
    expect(decodeShareFragment(input)).toEqual({
      ok: false,
      code,
      error:
        'Dieser Link enthält keinen Selbstcheck. Ein geteilter Selbstcheck-Link endet mit „#s=“ und einer langen Zeichenfolge: Bitte kopieren Sie den Link vollständig.',
    });
  });

  test.each([
    ['characters outside base64url', '#s=abc$def'],
    ['cut off in the middle', encodeShareFragment(example).slice(0, 60)],
    ['an impossible length', '#s=abcde'],
    ['bytes that are not UTF-8', `#s=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`],
    ['JSON with a byte that is not UTF-8 in the name', withInvalidByte],
    ['text that is not JSON', fragmentOf('Hallo Welt')],
  ])('say a link is damaged when it has %s', (_case, input) => {
    expect(decodeShareFragment(input)).toEqual({
      ok: false,
      code: 'link-damaged',
      error:
        'Dieser Link ist beschädigt oder unvollständig und kann nicht gelesen werden. Bitte kopieren Sie den Link noch einmal vollständig.',
    });
  });

  test.each([
    [
      'a foreign JSON file',
      fixture('bad/foreign.json'),
      'foreign',
      'Dieser Link enthält keinen Selbstcheck des Leitfadens.',
    ],
    [
      'a newer version',
      fixture('bad/unknown-version.json'),
      'version',
      'Dieser Link stammt aus einer neueren oder unbekannten Version des Selbstchecks (Version 3)',
    ],
    [
      'a __proto__ key',
      fixture('bad/proto-nested.json'),
      'forbidden-key',
      'Dieser Link enthält den unzulässigen Feldnamen „__proto__“',
    ],
    [
      'a script in the name',
      fixture('bad/script-name.json'),
      'invalid',
      'Der Name darf kein Markup enthalten',
    ],
  ])('check what they carry like a file: %s', (_case, text, code, message) => {
    expect(decodeShareFragment(fragmentOf(text))).toEqual({
      ok: false,
      code,
      error: expect.stringContaining(message) as string,
    });
  });

  test('refuse a link with more than 1 MB of data before decoding it', () => {
    expect(decodeShareFragment(`#s=${'A'.repeat(1_500_000)}`)).toMatchObject({
      ok: false,
      code: 'too-large',
    });
  });
});
