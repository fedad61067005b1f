import { describe, expect, test } from 'vitest';
import { MAX_BYTES, parseAssessment, readAssessmentFile } from '../../../src/lib/assessment/parse';
import { catalogue } from '../../fixtures/assessments/catalogue';
import { tooLargeAssessmentText } from '../../fixtures/assessments/too-large';
import { fixture } from '../../fixtures/assessments';
import { example, withFields, withoutName } from './fixtures';

/** The error of a rejected input (fails the test if it was accepted). */
function errorOf(text: string, context = {}): { code: string; error: string } {
  const result = parseAssessment(text, context);
  if (result.ok) throw new Error('expected the input to be rejected');
  return { code: result.code, error: result.error };
}

describe('parseAssessment', () => {
  test('reads the example file', () => {
    expect(parseAssessment(fixture('amt-fuer-integration.json'))).toEqual({
      ok: true,
      assessment: example,
      notices: [],
    });
  });

  test('reads a file that starts with a byte order mark', () => {
    expect(parseAssessment(`\uFEFF${fixture('amt-fuer-integration.json')}`).ok).toBe(true);
  });

  test('trims spaces around the name', () => {
    const result = parseAssessment(withFields({ name: '  Amt für Integration ' }));
    expect(result.ok && result.assessment.name).toBe('Amt für Integration');
  });

  test.each([
    ['bad/not-json.txt', 'not-json', 'Die Datei ist kein gültiges JSON'],
    ['bad/foreign.json', 'foreign', 'Diese Datei ist kein Selbstcheck des Leitfadens'],
    ['bad/unknown-version.json', 'version', 'Diese Datei stammt aus einer neueren oder unbekannten Version'],
    ['bad/version-as-text.json', 'version', 'Die Datei gibt ihre Version als Text („1“) an'],
    ['bad/proto.json', 'forbidden-key', 'unzulässigen Feldnamen „__proto__“'],
    ['bad/proto-nested.json', 'forbidden-key', 'unzulässigen Feldnamen „__proto__“'],
    ['bad/script-name.json', 'invalid', 'Der Name darf kein Markup enthalten'],
  ])('rejects %s with code %s and the message „%s …“', (file, code, message) => {
    const result = errorOf(fixture(file));
    expect(result.code).toBe(code);
    expect(result.error).toContain(message);
  });

  test('names the version of a newer file', () => {
    expect(errorOf(fixture('bad/unknown-version.json')).error).toContain('(Version 3)');
  });

  test.each([
    ['a file over 1 MB', tooLargeAssessmentText(), 'too-large', 'Die Datei ist größer als 1 MB'],
    ['a file of 1 MB of umlauts (over 1 MB as UTF-8)', `"${'ä'.repeat(MAX_BYTES / 2)}"`, 'too-large', '1 MB'],
    ['an empty file', '', 'not-json', 'kein gültiges JSON'],
    [
      'JSON with a trailing comma',
      '{"format": "mo-leitfaden-selbstcheck",}',
      'not-json',
      'kein gültiges JSON',
    ],
    ['our own CSV export', '\uFEFFDimension;Frage-ID;Frage;Antwort;Stufe\r\n', 'csv', 'Tabelle (CSV)'],
    ['a JSON array', '[1, 2, 3]', 'foreign', 'kein Selbstcheck'],
    ['a JSON string', '"mo-leitfaden-selbstcheck"', 'foreign', 'kein Selbstcheck'],
    ['JSON null', 'null', 'foreign', 'kein Selbstcheck'],
    ['an object without format', '{"version": 1}', 'foreign', 'kein Selbstcheck'],
    [
      'a top-level constructor key',
      withFields({ constructor: { prototype: {} } }),
      'forbidden-key',
      '„constructor“',
    ],
    [
      'a prototype key in settings',
      withFields({ settings: { prototype: {} } }),
      'forbidden-key',
      '„prototype“',
    ],
    [
      'an escaped __proto__ key',
      withFields({}).replace('"answers":{', '"answers":{"__pr\\u006fto__":1,'),
      'forbidden-key',
      '„__proto__“',
    ],
    [
      'a proto key deep in a list',
      withFields({ answers: { a: [{ __proto__: 1 }] } }).replace('"a":[{}]', '"a":[{"__proto__":1}]'),
      'forbidden-key',
      '„__proto__“',
    ],
  ])('rejects %s', (_case, text, code, message) => {
    const result = errorOf(text);
    expect(result.code).toBe(code);
    expect(result.error).toContain(message);
  });

  test.each([
    [
      'no version',
      '{"format": "mo-leitfaden-selbstcheck"}',
      'Die Datei gibt nicht an, aus welcher Version des Selbstchecks sie stammt (die Angabe „version“ fehlt), und kann daher nicht gelesen werden.',
    ],
    ['the text „1“', withFields({ version: '1' }), 'Die Datei gibt ihre Version als Text („1“) an;'],
    ['the text „eins“', withFields({ version: 'eins' }), 'Die Datei gibt ihre Version als Text („eins“) an;'],
    ['null', withFields({ version: null }), 'Die Datei gibt ihre Version als leeren Wert (null) an;'],
    ['true', withFields({ version: true }), 'Die Datei gibt ihre Version als Wahrheitswert (true) an;'],
    ['1.5', withFields({ version: 1.5 }), 'Die Datei gibt ihre Version als Kommazahl (1.5) an;'],
    ['a list', withFields({ version: [1] }), 'Die Datei gibt ihre Version als Liste an;'],
    ['an object', withFields({ version: { major: 1 } }), 'Die Datei gibt ihre Version als Objekt an;'],
    [
      'a number too large for JSON',
      withFields({}).replace('"version":2', '"version":1e400'),
      'als zu große Zahl an;',
    ],
    [
      'a version that never existed (-1)',
      withFields({ version: -1 }),
      'Die Datei gibt die Version -1 an; diese Version des Selbstchecks gibt es nicht. Erwartet wird eine ganze Zahl wie 2.',
    ],
  ])('gives a version of %s its own message, not „newer, please reload“', (_case, text, message) => {
    const { code, error } = errorOf(text);
    expect(code).toBe('version');
    expect(error).toContain(message);
    expect(error).not.toContain('neueren');
    expect(error).not.toContain('Laden Sie die Seite neu');
  });

  test('says a version of the wrong type expects a whole number, naming the current one', () => {
    expect(errorOf(withFields({ version: '1' })).error).toBe(
      'Die Datei gibt ihre Version als Text („1“) an; erwartet wird eine ganze Zahl wie 2. Bitte wählen Sie die Datei so, wie Sie sie aus dem Selbstcheck exportiert haben.',
    );
  });

  test.each([3, 4, 1000])('calls only a whole number above the current version newer: %i', (version) => {
    const { code, error } = errorOf(withFields({ version }));
    expect(code).toBe('version');
    expect(error).toBe(
      `Diese Datei stammt aus einer neueren oder unbekannten Version des Selbstchecks (Version ${String(version)}) und kann hier nicht gelesen werden. Laden Sie die Seite neu, um die aktuelle Fassung des Leitfadens zu verwenden.`,
    );
  });

  test('checks the size before anything else, even for an otherwise valid file', () => {
    const text = tooLargeAssessmentText();
    expect(parseAssessment(text.slice(0, 1000).replace(/,\s*"frage-[^]*$/, '}, "settings": {}}')).ok).toBe(
      true,
    );
    expect(errorOf(text).code).toBe('too-large');
  });

  test('accepts a file of exactly 1 MB', () => {
    const text = withFields({});
    const padded = text + ' '.repeat(MAX_BYTES - new TextEncoder().encode(text).length);
    expect(parseAssessment(padded).ok).toBe(true);
  });

  test('never lets a forbidden key pollute Object.prototype', () => {
    parseAssessment(fixture('bad/proto.json'));
    parseAssessment(fixture('bad/proto-nested.json'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test.each([
    ['<script>alert(1)</script>', 'Der Name darf kein Markup enthalten'],
    ['<b>Amt</b>', 'Der Name darf kein Markup enthalten'],
    ['<img src=x onerror=alert(1)>', 'Der Name darf kein Markup enthalten'],
    ['Amt\nfür Integration', 'Der Name darf keinen Zeilenumbruch enthalten.'],
    ['Amt\tfür Integration', 'Der Name darf keinen Tabulator enthalten.'],
    ['Amt\u0007', 'Der Name darf keine unsichtbaren Steuerzeichen enthalten (gefunden: U+0007).'],
    ['Amt\u202Eevil', 'Der Name darf keine unsichtbaren Zeichen zur Steuerung der Schreibrichtung'],
    ['x'.repeat(81), 'Der Name darf höchstens 80 Zeichen lang sein; er hat 81.'],
    [42, 'Der Name muss ein Text sein.'],
  ])('rejects the name %j with „%s …“', (name, message) => {
    const result = errorOf(withFields({ name }));
    expect(result.code).toBe('invalid');
    expect(result.error).toBe(
      `Der Selbstcheck kann nicht geladen werden. ${message}${result.error.split(message)[1] ?? ''}`,
    );
    expect(result.error).toContain(message);
  });

  test.each([
    [{ date: '25.11.2026' }, 'Das Datum fehlt oder ist ungültig: Es muss die Form JJJJ-MM-TT haben'],
    [{ date: undefined }, 'Das Datum fehlt oder ist ungültig'],
    [{ answers: [] }, 'Die Antworten fehlen oder haben nicht die Form „Frage-ID: Antwort“.'],
    [{ answers: { Frage_1: 'ja' } }, '„Frage_1“ ist keine gültige Frage-ID'],
    [{ answers: { 'konzept-stand': true } }, 'Die Antwort auf die Frage „konzept-stand“ ist ungültig'],
    [
      { answers: { 'gelingen-wertschaetzung': 7 } },
      'Die Antwort auf die Frage „gelingen-wertschaetzung“ ist ungültig',
    ],
    [{ answers: { 'themen-austausch': ['kultur', 'kultur'] } }, 'nennt dieselbe Auswahl mehrmals'],
    [{ settings: { finanzen: {} } }, 'Es gibt keine Dimension des Selbstchecks mit der ID „finanzen“.'],
    [{ settings: { konzept: { target: 5 } } }, 'Das Ziel für die Dimension „Konzept“ muss 1, 2 oder 3 sein.'],
    [{ settings: { raeume: { importance: 0 } } }, 'Die Gewichtung der Dimension „Räume“ muss 1 (gering)'],
    [{ settings: { raeume: { farbe: 1 } } }, 'Zur Dimension „Räume“ sind nur Ziel und Gewichtung möglich.'],
    [{ settings: 'hoch' }, 'Die Einstellungen zu Ziel und Gewichtung haben eine ungültige Form.'],
    [{ kommentar: 'x' }, 'Er enthält Angaben, die es in diesem Format nicht gibt: „kommentar“.'],
  ])('explains the schema error in %o in plain German', (fields, message) => {
    const { code, error } = errorOf(withFields(fields));
    expect(code).toBe('invalid');
    expect(error).toContain(message);
    expect(error).not.toMatch(/Invalid|expected|received/);
  });

  test.each([
    ['empty', ''],
    ['only spaces', '   '],
  ])('reads a blank name (%s) as no name, as the name field does', (_case, name) => {
    const result = parseAssessment(withFields({ name }));
    expect(result).toEqual({ ok: true, assessment: withoutName(example), notices: [] });
  });

  test('counts further errors after the first', () => {
    const { error } = errorOf(withFields({ date: 'gestern', name: '<b>', kommentar: 1 }));
    expect(error).toMatch(/\(Außerdem: 2 weitere Fehler\.\)$/);
  });

  test('shortens a hostile value quoted in a message', () => {
    const { error } = errorOf(withFields({ answers: { ['X'.repeat(5000)]: 1 } }));
    expect(error.length).toBeLessThan(200);
  });

  test('gives a new object each time, so that changing one result changes nothing else', () => {
    const text = fixture('amt-fuer-integration.json');
    const first = parseAssessment(text);
    const second = parseAssessment(text);
    if (!first.ok || !second.ok) throw new Error('expected the example to be read');
    first.assessment.answers['konzept-stand'] = 'kein';
    expect(second.assessment).toEqual(example);
  });
});

describe('parseAssessment against the question catalogue', () => {
  test('accepts the example, whose answers all fit their questions', () => {
    expect(parseAssessment(fixture('amt-fuer-integration.json'), { catalogue })).toEqual({
      ok: true,
      assessment: example,
      notices: [],
    });
  });

  test.each([
    [
      1,
      'Eine Antwort gehört',
      '1 Antwort gehört zu einer Frage, die es in diesem Selbstcheck nicht gibt, und wurde nicht übernommen: „alte-frage-0“.',
    ],
    [
      3,
      'Drei Antworten gehören',
      '3 Antworten gehören zu Fragen, die es in diesem Selbstcheck nicht gibt, und wurden nicht übernommen: „alte-frage-0“, „alte-frage-1“, „alte-frage-2“.',
    ],
    [
      7,
      'Sieben Antworten gehören',
      '7 Antworten gehören zu Fragen, die es in diesem Selbstcheck nicht gibt, und wurden nicht übernommen: „alte-frage-0“, „alte-frage-1“, „alte-frage-2“, „alte-frage-3“, „alte-frage-4“ und 2 weitere.',
    ],
  ])('drops %i answers to questions that no longer exist, with a notice (%s …)', (n, _case, notice) => {
    const extra = Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`alte-frage-${String(i)}`, 'weiss-nicht']),
    );
    const result = parseAssessment(withFields({ answers: { ...example.answers, ...extra } }), { catalogue });
    expect(result).toEqual({ ok: true, assessment: example, notices: [notice] });
  });

  test.each([
    ['konzept-stand', 'vielleicht', 'ist keine der Antwortmöglichkeiten dieser Frage'],
    ['konzept-stand', 2, 'ist keine der Antwortmöglichkeiten dieser Frage'],
    ['konzept-stand', ['beschlossen'], 'ist keine der Antwortmöglichkeiten dieser Frage'],
    ['themen-austausch', 'kultur', 'muss eine Liste von Auswahlmöglichkeiten dieser Frage sein'],
    ['themen-austausch', ['kultur', 'kochen'], 'muss eine Liste von Auswahlmöglichkeiten dieser Frage sein'],
    ['gelingen-wertschaetzung', 'hoch', 'muss eine Bewertung von 0 bis 3 sein'],
    ['gelingen-wertschaetzung', ['hoch'], 'muss eine Bewertung von 0 bis 3 sein'],
    [
      'gelingen-wertschaetzung',
      'trifft-nicht-zu',
      '„Trifft nicht zu“ ist bei der Frage „gelingen-wertschaetzung“ keine mögliche Antwort',
    ],
  ])('rejects the answer to %s of %j: „… %s“', (id, answer, message) => {
    const { code, error } = errorOf(withFields({ answers: { ...example.answers, [id]: answer } }), {
      catalogue,
    });
    expect(code).toBe('invalid');
    expect(error).toContain(message);
    expect(error).toContain(id);
  });

  test.each([
    ['konzept-stand', 'weiss-nicht'],
    ['konzept-stand', 'trifft-nicht-zu'],
    ['themen-austausch', []],
    ['themen-austausch', 'trifft-nicht-zu'],
    ['gelingen-wertschaetzung', 0],
    ['gelingen-wertschaetzung', 'weiss-nicht'],
  ])('accepts the answer to %s of %j', (id, answer) => {
    expect(parseAssessment(withFields({ answers: { [id]: answer } }), { catalogue }).ok).toBe(true);
  });
});

describe('parseAssessment for a link', () => {
  test.each([
    ['damaged JSON', '{', 'link-damaged', 'Dieser Link ist beschädigt'],
    [
      'bad/foreign.json',
      fixture('bad/foreign.json'),
      'foreign',
      'Dieser Link enthält keinen Selbstcheck des Leitfadens.',
    ],
    [
      'bad/unknown-version.json',
      fixture('bad/unknown-version.json'),
      'version',
      'Dieser Link stammt aus einer neueren',
    ],
    [
      'bad/proto.json',
      fixture('bad/proto.json'),
      'forbidden-key',
      'Dieser Link enthält den unzulässigen Feldnamen',
    ],
    [
      'a version as text',
      withFields({ version: '1' }),
      'version',
      'Der Link gibt die Version des Selbstchecks als Text („1“) an; erwartet wird eine ganze Zahl wie 2.',
    ],
    [
      'no version',
      '{"format": "mo-leitfaden-selbstcheck"}',
      'version',
      'Der Link gibt nicht an, aus welcher Version des Selbstchecks er stammt',
    ],
    [
      'a version that never existed',
      withFields({ version: -3 }),
      'version',
      'Der Link gibt die Version -3 an; diese Version des Selbstchecks gibt es nicht.',
    ],
  ])('speaks of a link, not a file, when it carries %s', (_case, text, code, message) => {
    expect(errorOf(text, { source: 'link' })).toEqual({
      code,
      error: expect.stringContaining(message) as string,
    });
  });
});

describe('readAssessmentFile', () => {
  test('reads a chosen file', async () => {
    const file = new Blob([fixture('amt-fuer-integration.json')], { type: 'application/json' });
    expect(await readAssessmentFile(file)).toEqual({ ok: true, assessment: example, notices: [] });
  });

  test('rejects a file over 1 MB by its size, before reading it', async () => {
    const file = new Blob([new Uint8Array(MAX_BYTES + 1)]);
    file.text = () => Promise.reject(new Error('must not be read'));
    expect(await readAssessmentFile(file)).toMatchObject({ ok: false, code: 'too-large' });
  });
});
