import { describe, expect, test } from 'vitest';
import { canonical, csvCell, fileName, toCsv, toJson } from '../../../src/lib/assessment/export';
import { parseAssessment } from '../../../src/lib/assessment/parse';
import type { Assessment } from '../../../src/schemas/assessment';
import { catalogue } from '../../fixtures/assessments/catalogue';
import { fixture } from '../../fixtures/assessments';
import { example, withoutName } from './fixtures';

/** The CSV's rows as arrays of raw (still quoted) cells, without the byte order mark. */
const rows = (csv: string): string[][] =>
  csv
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((row) => row.split(';'));

describe('toJson', () => {
  test('writes the example indented by two spaces, in a fixed key order, with a final newline', () => {
    expect(toJson(example)).toBe(
      [
        '{',
        '  "format": "mo-leitfaden-selbstcheck",',
        '  "version": 2,',
        '  "name": "Amt für Integration",',
        '  "date": "2026-11-25",',
        '  "answers": {',
        '    "gelingen-wertschaetzung": 2,',
        '    "konzept-stand": "beschlossen",',
        '    "raeume-formen": "weiss-nicht",',
        '    "themen-austausch": [',
        '      "rassismus",',
        '      "kultur"',
        '    ]',
        '  },',
        '  "settings": {',
        '    "konzept": {',
        '      "target": 3,',
        '      "importance": 2',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('writes what the example file holds', () => {
    expect(JSON.parse(toJson(example))).toEqual(JSON.parse(fixture('amt-fuer-integration.json')));
  });

  test('gives the same text whatever order the keys were in', () => {
    const shuffled: Assessment = {
      settings: { konzept: { importance: 2, target: 3 } },
      answers: Object.fromEntries(Object.entries(example.answers).reverse()),
      date: example.date,
      name: 'Amt für Integration',
      version: 2,
      format: 'mo-leitfaden-selbstcheck',
    };
    expect(toJson(shuffled)).toBe(toJson(example));
  });

  test.each([
    ['the example', example],
    ['an assessment without a name', withoutName(example)],
    ['an empty assessment', { ...example, answers: {}, settings: {} }],
    ['a name with quotes, backslash and emoji', { ...example, name: 'Amt „Vielfalt“ \\ "Team" 🌍' }],
  ])('round trip: parseAssessment(toJson(a)) gives back %s', (_case, assessment: Assessment) => {
    expect(parseAssessment(toJson(assessment), { catalogue })).toEqual({
      ok: true,
      assessment,
      notices: [],
    });
  });

  test('does not change the assessment it writes', () => {
    const copy = structuredClone(example);
    toJson(example);
    canonical(example);
    expect(example).toEqual(copy);
  });
});

describe('toCsv', () => {
  const csv = toCsv(example, catalogue);

  test('is UTF-8 with byte order mark, semicolons and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFDimension;Frage-ID;Frage;Antwort;Stufe\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });

  test('has one row per question, then target and importance per dimension, in catalogue order', () => {
    expect(rows(csv)).toEqual([
      ['Dimension', 'Frage-ID', 'Frage', 'Antwort', 'Stufe'],
      [
        'Konzept',
        'konzept-stand',
        'Hat Ihre Kommune ein Konzept zur Zusammenarbeit mit Migrantenorganisationen?',
        'Von einem Gremium beschlossen',
        '3',
      ],
      ['Konzept', '', 'Ziel (angestrebte Stufe)', 'Stufe 3: Beschlossen', '3'],
      ['Konzept', '', 'Gewichtung', 'mittel', ''],
      ['Räume', 'raeume-formen', 'Welche Räume stehen Migrantenorganisationen offen?', 'Weiß nicht', ''],
      ['Räume', '', 'Ziel (angestrebte Stufe)', 'Stufe 3: Drei Formen', '3'],
      ['Räume', '', 'Gewichtung', 'mittel', ''],
      [
        'Themen des Austauschs',
        'themen-austausch',
        'Zu welchen Themen tauschen Sie sich regelmäßig aus?',
        'Rassismus und Diskriminierung | Kultur',
        '1',
      ],
      ['Themen des Austauschs', '', 'Ziel (angestrebte Stufe)', 'Stufe 3: Viele', '3'],
      ['Themen des Austauschs', '', 'Gewichtung', 'mittel', ''],
      ['Gelingensfaktoren', 'gelingen-wertschaetzung', 'Gegenseitige Wertschätzung', 'überwiegend', '2'],
      ['Gelingensfaktoren', '', 'Ziel (angestrebte Stufe)', 'Stufe 3: Vollständig', '3'],
      ['Gelingensfaktoren', '', 'Gewichtung', 'mittel', ''],
    ]);
  });

  test.each([
    ['„trifft nicht zu“', { 'konzept-stand': 'trifft-nicht-zu' }, 'konzept-stand', 'Trifft nicht zu', ''],
    ['no answer', {}, 'konzept-stand', '', ''],
    ['nothing ticked', { 'raeume-formen': [] }, 'raeume-formen', 'nichts angekreuzt', '0'],
    [
      'all choices ticked',
      { 'raeume-formen': ['analog', 'primaer', 'zentrum'] },
      'raeume-formen',
      'Städtische Räume wie für andere Vereine | Räume vorrangig für Migrantenorganisationen | Interkulturelles Zentrum',
      '3',
    ],
    ['a rating of 0', { 'gelingen-wertschaetzung': 0 }, 'gelingen-wertschaetzung', 'gar nicht', '0'],
  ])('writes %s as answer and level', (_case, answers, id, answer, level) => {
    const row = rows(toCsv({ ...example, answers }, catalogue)).find((cells) => cells[1] === id);
    expect(row?.slice(3)).toEqual([answer, level]);
  });

  test('writes the target and importance the user set', () => {
    const csv = toCsv({ ...example, settings: { raeume: { target: 1, importance: 3 } } }, catalogue);
    expect(csv).toContain(
      '\r\nRäume;;Ziel (angestrebte Stufe);Stufe 1: Eine Form;1\r\nRäume;;Gewichtung;hoch;\r\n',
    );
  });

  test('leaves out answers to questions the catalogue does not know', () => {
    expect(toCsv({ ...example, answers: { 'alte-frage': 'weiss-nicht' } }, catalogue)).not.toContain(
      'alte-frage',
    );
  });

  test.each([
    ['plain text', 'Amt für Integration', 'Amt für Integration'],
    ['a semicolon', 'Sport; Kultur', '"Sport; Kultur"'],
    ['double quotes', 'Das „Haus“ "der Vereine"', '"Das „Haus“ ""der Vereine"""'],
    ['a line break', 'Zeile 1\nZeile 2', '"Zeile 1\nZeile 2"'],
    ['a leading space', ' eingerückt', '" eingerückt"'],
    ['a formula with =', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a formula with +', '+1+2', "'+1+2"],
    ['a formula with -', '-2+3', "'-2+3"],
    ['a formula with @', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['an equals sign inside', 'a=b', 'a=b'],
    ['an empty cell', '', ''],
  ])('escapes a cell with %s', (_case, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('guards the texts of the catalogue against formula injection too', () => {
    const hostile = catalogue.map((d) => ({
      ...d,
      questions: d.questions.map((q) => ({ ...q, text: '=cmd|calc' })),
    }));
    expect(toCsv(example, hostile)).toContain(";konzept-stand;'=cmd|calc;");
  });
});

describe('fileName', () => {
  test.each([
    ['Amt für Integration', 'json', 'selbstcheck-amt-fuer-integration-2026-11-25.json'],
    ['Amt für Integration', 'csv', 'selbstcheck-amt-fuer-integration-2026-11-25.csv'],
    [
      'Ämter, Öffnung & Übergänge: Straße',
      'json',
      'selbstcheck-aemter-oeffnung-uebergaenge-strasse-2026-11-25.json',
    ],
    ['Bu\u0308ro (decomposed ü)', 'json', 'selbstcheck-buero-decomposed-ue-2026-11-25.json'],
    ['Café Élan', 'json', 'selbstcheck-cafe-elan-2026-11-25.json'],
    ['../../etc/passwd', 'json', 'selbstcheck-etc-passwd-2026-11-25.json'],
    ['🌍🌍', 'json', 'selbstcheck-2026-11-25.json'],
    [undefined, 'json', 'selbstcheck-2026-11-25.json'],
    ['x'.repeat(200), 'json', `selbstcheck-${'x'.repeat(60)}-2026-11-25.json`],
  ] as const)('names the file for %j (%s) %s', (name, extension, expected) => {
    expect(fileName(name === undefined ? withoutName(example) : { ...example, name }, extension)).toBe(
      expected,
    );
  });
});
