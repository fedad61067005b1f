import { describe, expect, test } from 'vitest';
import { toCsv, toJson } from '../../../src/lib/assessment/export';
import { actionsCsv, planRows } from '../../../src/lib/comparison/plan';
import { realContext } from '../../fixtures/selfcheck-context';
import { addSources, pastedLinks, type Source } from '../../../src/lib/comparison/add';
import {
  comparisonJson,
  createComparison,
  defaultLabel,
  type Comparison,
} from '../../../src/lib/comparison/document';
import { readKept, removeKept, writeKept, type StoreLike } from '../../../src/lib/comparison/keep';
import { readInput, type Loaded } from '../../../src/lib/comparison/read';
import {
  decodeComparison,
  encodeComparison,
  isComparisonLink,
  MAX_LINK_LENGTH,
} from '../../../src/lib/comparison/share';
import { MAX_ENTRIES } from '../../../src/schemas/comparison';
import { loadSelfcheck } from '../../fixtures/data';
import { defined } from '../../fixtures/defined';
import { departmentAssessment, departmentFiles, workshopFixture } from '../../fixtures/workshop';

const catalogue = loadSelfcheck();
const read = (text: string, source: 'file' | 'link' = 'file') => readInput(text, source, catalogue);
const base = 'https://example.org/workshop/vergleich/';

/** The three fixture departments added one by one, as the page does with three files. */
const threeFiles: Source[] = departmentFiles.map((name) => ({ name, loaded: read(workshopFixture(name)) }));
const three = addSources(createComparison(new Date('2026-12-01')), threeFiles).comparison;
const planned: Comparison = {
  ...three,
  title: 'Workshop Musterstadt',
  marks: { 'raeume-bereitstellen': ['e1', 'e3'] },
  actions: [
    {
      itemId: 'raeume-bereitstellen',
      what: 'Raumliste\nerstellen',
      who: 'Kulturamt',
      when: 'bis 31. März 2027',
    },
  ],
};

/** The planned workshop's JSON document, to change one field of. */
const plannedDocument = (): Record<string, unknown> & { entries: unknown[] } =>
  JSON.parse(comparisonJson(planned)) as Record<string, unknown> & { entries: unknown[] };

/** The Jugendamt fixture's JSON document, to change one field of. */
const jugendDocument = (): Record<string, unknown> =>
  JSON.parse(workshopFixture('jugendamt.json')) as Record<string, unknown>;

const errorOf = (loaded: Loaded): string => (loaded.ok ? `loaded ${loaded.kind}` : loaded.error);

describe('the workshop document', () => {
  test('survives a round trip through its JSON file unchanged', () => {
    const again = read(comparisonJson(planned));
    expect(again).toMatchObject({ ok: true, kind: 'comparison', notices: [] });
    if (!again.ok || again.kind !== 'comparison') return;
    expect(again.comparison).toEqual(planned);
  });

  test('keeps each entry as a complete self-check document, which loads on its own in the self-check', () => {
    const document = JSON.parse(comparisonJson(planned)) as { entries: { assessment: unknown }[] };
    expect(document.entries).toHaveLength(3);
    for (const [index, entry] of document.entries.entries()) {
      expect(`${JSON.stringify(entry.assessment, null, 2)}\n`).toBe(
        toJson(defined(planned.entries[index]).assessment),
      );
    }
  });

  test('reads a self-check as a self-check, not as a workshop', () => {
    expect(read(workshopFixture('jugendamt.json'))).toMatchObject({ ok: true, kind: 'assessment' });
  });

  test.each([
    ['an empty file', '', 'Die Datei ist leer.'],
    ['a file of blanks', ' \n ', 'Die Datei ist leer.'],
    ['a file that is not JSON', 'Protokoll vom Workshop', 'kein gültiges JSON'],
    ['another program’s JSON', '{"name": "Kalender", "events": []}', 'kein Selbstcheck des Leitfadens'],
    [
      'a CSV export of a self-check',
      toCsv(departmentAssessment('jugendamt.json'), catalogue),
      'Tabelle (CSV) eines Selbstchecks',
    ],
    [
      'a CSV export of a workshop',
      actionsCsv(planned, planRows(planned, []), realContext()),
      'Tabelle (CSV) aus einem Workshop',
    ],
    [
      'a 10 MB file',
      `{"format": "mo-leitfaden-workshop", "x": "${'x'.repeat(10_000_000)}"}`,
      'größer als 1 MB',
    ],
    [
      'a workshop from a newer version',
      JSON.stringify({ format: 'mo-leitfaden-workshop', version: 2 }),
      'neueren Version des Leitfadens (Version 2)',
    ],
    ['a workshop without a version', JSON.stringify({ format: 'mo-leitfaden-workshop' }), 'Versionsangabe'],
    [
      'a workshop whose entry is not a self-check',
      JSON.stringify({
        ...plannedDocument(),
        entries: [{ id: 'e1', label: 'Jugendamt', assessment: { format: 'x' } }],
      }),
      'Das Ergebnis „Jugendamt“ in diesem Workshop kann nicht gelesen werden.',
    ],
    [
      'a workshop that lists an entry twice',
      JSON.stringify({ ...plannedDocument(), entries: [0, 1].map(() => plannedDocument().entries[0]) }),
      'doppelt',
    ],
    [
      'a workshop with a forbidden key',
      comparisonJson(planned).replace('"title"', '"__proto__": {}, "title"'),
      '„__proto__“',
    ],
  ])('refuses %s with a German message', (_, text, message) => {
    expect(errorOf(read(text))).toContain(message);
  });

  test('drops marks of entries that are not in the workshop, so they are not counted', () => {
    const document = { ...plannedDocument(), marks: { 'raeume-bereitstellen': ['e1', 'e7'] } };
    const again = read(JSON.stringify(document));
    expect(again.ok && again.kind === 'comparison' && again.comparison.marks).toEqual({
      'raeume-bereitstellen': ['e1'],
    });
  });

  test('reads an entry made with an older self-check version, and says what changed', () => {
    const old: Record<string, unknown> = {
      ...jugendDocument(),
      version: 1,
      answers: { 'konzept-stand': 'kein', 'frage-gibt-es-nicht': 2 },
    };
    delete old['department'];
    const document = { ...plannedDocument(), entries: [{ id: 'e1', label: 'Jugendamt', assessment: old }] };
    const again = read(JSON.stringify(document));
    expect(again).toMatchObject({ ok: true, kind: 'comparison' });
    if (!again.ok || again.kind !== 'comparison') return;
    expect(again.comparison.entries[0]?.assessment.answers).toEqual({ 'konzept-stand': 'kein' });
    expect(again.notices.join(' ')).toMatch(/^„Jugendamt“: .*frage-gibt-es-nicht/);
  });
});

describe('adding several files and links', () => {
  test('loads each self-check under its own name and number', () => {
    expect(three.entries.map((entry) => [entry.id, entry.label, entry.assessment.department])).toEqual([
      ['e1', 'Amt für Integration', 'integration'],
      ['e2', 'Jugendamt', 'jugend'],
      ['e3', 'Kulturamt', 'kultur'],
    ]);
  });

  test('names a self-check without a name by its department, else by its file', () => {
    const unnamed = departmentAssessment('jugendamt.json');
    delete unnamed.name;
    expect(defaultLabel(unnamed, 'ergebnis-jugend')).toBe('Jugend, Erziehung, Bildung');
    delete unnamed.department;
    expect(defaultLabel(unnamed, 'ergebnis-jugend')).toBe('ergebnis-jugend');
  });

  test('keeps every readable result when one among several is broken, and names the broken one', () => {
    const sources: Source[] = [
      defined(threeFiles[0]),
      { name: 'protokoll.json', loaded: read('{"titel": "Protokoll"}') },
      { name: 'leer.json', loaded: read('') },
      defined(threeFiles[1]),
    ];
    const added = addSources(createComparison(), sources);
    expect(added.comparison.entries.map((entry) => entry.label)).toEqual([
      'Amt für Integration',
      'Jugendamt',
    ]);
    expect(added.problems).toBe(2);
    expect(added.texts[0]).toBe('Von 4 Dateien oder Links wurden 2 übernommen, 2 nicht:');
    expect(added.texts).toContain('„leer.json“: Die Datei ist leer.');
    expect(added.texts.find((text) => text.startsWith('„protokoll.json“:'))).toContain('kein Selbstcheck');
  });

  test('does not load the same result twice, and says under which name it is already there', () => {
    const again = addSources(three, [
      { name: 'jugendamt-kopie.json', loaded: read(workshopFixture('jugendamt.json')) },
    ]);
    expect(again.comparison).toBe(three);
    expect(again.texts).toEqual([
      '„jugendamt-kopie.json“ ist schon geladen (als „Jugendamt“) und wurde nicht noch einmal übernommen.',
    ]);
  });

  test(`stops at ${String(MAX_ENTRIES)} results and says which were left out`, () => {
    const many: Source[] = Array.from({ length: MAX_ENTRIES + 2 }, (_, index) => {
      const assessment = {
        ...departmentAssessment('jugendamt.json'),
        name: `Fachbereich ${String(index + 1)}`,
      };
      return {
        name: `f${String(index + 1)}.json`,
        loaded: { ok: true, kind: 'assessment', assessment, notices: [] },
      };
    });
    const added = addSources(createComparison(), many);
    expect(added.comparison.entries).toHaveLength(MAX_ENTRIES);
    expect(added.texts.filter((text) => text.includes('höchstens 20 Ergebnisse'))).toHaveLength(2);
  });

  test('a workshop file replaces what was loaded, and says so', () => {
    const workshop = read(comparisonJson(planned));
    const added = addSources(three, [{ name: 'workshop.json', loaded: workshop }]);
    expect(added.replaced).toBe(true);
    expect(added.comparison.title).toBe('Workshop Musterstadt');
    expect(added.texts).toEqual([
      'Workshop „Workshop Musterstadt“ mit 3 Ergebnissen geladen.',
      'Die bisher geladenen Ergebnisse wurden dabei ersetzt.',
    ]);
    expect(addSources(createComparison(), [{ name: 'workshop.json', loaded: workshop }]).replaced).toBe(
      false,
    );
  });

  test('takes pasted links one per line, numbering them by line for messages', () => {
    expect(pastedLinks('https://a.example/#s=1\n\n  https://b.example/#s=2  \r\n')).toEqual([
      { name: 'Zeile 1', link: 'https://a.example/#s=1' },
      { name: 'Zeile 3', link: 'https://b.example/#s=2' },
    ]);
  });
});

describe('the workshop link', () => {
  test('holds the whole workshop in the fragment, compressed, and reads back the same', async () => {
    const encoded = await encodeComparison(planned, base);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(/^#w=[A-Za-z0-9_-]+$/);
    expect(comparisonJson(planned).length / encoded.fragment.length).toBeGreaterThan(2);
    expect(isComparisonLink(`${base}${encoded.fragment}`)).toBe(true);
    const back = await decodeComparison(`${base}${encoded.fragment}`, catalogue);
    expect(back.ok && back.kind === 'comparison' && back.comparison).toEqual(planned);
  });

  test('ten departments fit in a link of a few kilobytes', async () => {
    const ten = addSources(
      createComparison(),
      Array.from({ length: 10 }, (_, index) => ({
        name: `f${String(index)}.json`,
        loaded: {
          ok: true,
          kind: 'assessment',
          assessment: { ...departmentAssessment('integration.json'), name: `Amt ${String(index)}` },
          notices: [],
        } as const,
      })),
    ).comparison;
    const encoded = await encodeComparison(ten, base);
    expect(encoded.ok && encoded.fragment.length).toBeLessThan(4000);
  });

  test(`is refused, with the reason and the way out, when it would be longer than ${String(MAX_LINK_LENGTH)} characters`, async () => {
    // Random text does not compress: 40 actions of 600 characters make a link far over the limit.
    const noise = () =>
      Array.from(
        { length: 600 },
        () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)],
      ).join('');
    const actions = Array.from({ length: 40 }, (_, index) => ({
      itemId: `massnahme-${String(index)}`,
      what: noise(),
      who: '',
      when: '',
    }));
    const encoded = await encodeComparison({ ...planned, actions }, base);
    expect(encoded.ok).toBe(false);
    expect(!encoded.ok && encoded.error).toMatch(/^Der Link wäre [\d.]+ Zeichen lang\. .*als Datei\.$/);
  });

  test.each([
    ['without content', `${base}#w=`, 'enthält keinen Selbstcheck und keinen Workshop'],
    ['that is not base64url', `${base}#w=%%%`, 'beschädigt'],
    ['that is cut off', `${base}#w=q1Yqz`, 'beschädigt'],
  ])('a link %s gets a German message', async (_, link, message) => {
    expect(errorOf(await decodeComparison(link, catalogue))).toContain(message);
  });

  test('a link that inflates to more than 1 MB is stopped while decompressing', async () => {
    const zeros = new Blob([new Uint8Array(5_000_000)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(zeros).arrayBuffer());
    const link = `${base}#w=${Buffer.from(bytes).toString('base64url')}`;
    expect(errorOf(await decodeComparison(link, catalogue))).toContain('mehr als 1 MB');
  });
});

describe('keeping the workshop in the tab or on the device', () => {
  const memory = (): StoreLike & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
    };
  };

  test('reads back what it wrote', () => {
    const store = memory();
    expect(writeKept(store, 'k', planned)).toBe(true);
    expect(readKept(store, 'k', catalogue)).toEqual({ kind: 'comparison', comparison: planned });
  });

  test('reports a damaged entry as damaged and leaves it in place', () => {
    const store = memory();
    store.setItem('k', '{"format": "mo-leitfaden-workshop", "version": 1, "entries": "kaputt"}');
    expect(readKept(store, 'k', catalogue)).toEqual({ kind: 'damaged' });
    expect(store.data.has('k')).toBe(true);
  });

  test('says false instead of throwing where the browser refuses to store', () => {
    const refusing: StoreLike = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(writeKept(refusing, 'k', planned)).toBe(false);
    expect(removeKept(refusing, 'k')).toBe(false);
    expect(readKept(refusing, 'k', catalogue)).toEqual({ kind: 'none' });
    expect(writeKept(undefined, 'k', planned)).toBe(false);
  });
});
