import { beforeEach, describe, expect, test } from 'vitest';
import {
  listSaved,
  load,
  remove,
  removeAll,
  save,
  STORAGE_KEY,
  type StorageLike,
} from '../../../src/lib/assessment/storage';
import type { Assessment } from '../../../src/schemas/assessment';
import { fixture, typical } from '../../fixtures/assessments';
import { catalogue } from '../../fixtures/assessments/catalogue';
import { example } from './fixtures';
import { t } from '../../../src/i18n/t';

/** An in-memory Web Storage; `failWith` makes every access throw, as blocked or full storage does. */
class MemoryStorage implements StorageLike {
  readonly values = new Map<string, string>();
  failWith: { get?: Error; set?: Error } = {};
  getItem(key: string): string | null {
    if (this.failWith.get) throw this.failWith.get;
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith.set) throw this.failWith.set;
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failWith.get) throw this.failWith.get;
    this.values.delete(key);
  }
}

const social: Assessment = { ...example, name: 'Sozialamt', answers: { 'konzept-stand': 'entwurf' } };
const youth: Assessment = { ...example, name: 'Jugendamt', answers: {} };
const monday = new Date('2026-11-23T09:00:00.000Z');
const tuesday = new Date('2026-11-24T09:00:00.000Z');

const entry = (id: string, assessment: unknown, savedAt = monday.toISOString()) => ({
  id,
  savedAt,
  assessment,
});
const stored = (assessments: unknown[], version: unknown = 1) => JSON.stringify({ version, assessments });
/** The items of a stored list, parsed as they are. */
const itemsOf = (raw: string): unknown[] => (JSON.parse(raw) as { assessments: unknown[] }).assessments;
/** The items now stored. */
const items = (): unknown[] => itemsOf(storage.values.get(STORAGE_KEY) ?? '');

/** Saves and fails the test if saving failed. */
function saved(storage: StorageLike, assessment: Assessment, id?: string, now = monday): string {
  const result = save(storage, assessment, id, now);
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

describe('device storage', () => {
  test('holds nothing until the user saves', () => {
    expect(listSaved(storage)).toEqual({
      ok: true,
      entries: [],
      notices: [],
      hasStoredData: false,
      readOnly: false,
      unreadable: 0,
    });
    expect(storage.values.size).toBe(0);
  });

  test('offers to delete everything once something is saved, and not after the last entry is removed', () => {
    const id = saved(storage, example);
    expect(listSaved(storage)).toMatchObject({ ok: true, hasStoredData: true, readOnly: false });
    expect(remove(storage, id)).toEqual({ ok: true, notices: [] });
    expect(storage.values.size).toBe(0);
    expect(listSaved(storage)).toMatchObject({ ok: true, hasStoredData: false });
  });

  test('saves under the one namespaced key, in the documented shape', () => {
    const id = saved(storage, example);
    expect([...storage.values.keys()]).toEqual(['mo-leitfaden:selbstcheck']);
    expect(JSON.parse(storage.values.get(STORAGE_KEY) ?? '')).toEqual({
      version: 1,
      assessments: [{ id, savedAt: '2026-11-23T09:00:00.000Z', assessment: example }],
    });
  });

  test('gives each new assessment its own id and keeps several named ones, oldest first', () => {
    const ids = [saved(storage, example), saved(storage, social), saved(storage, youth)];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{10}$/);
    const list = listSaved(storage);
    expect(list.ok && list.entries.map((e) => [e.id, e.assessment.name])).toEqual([
      [ids[0], 'Amt für Integration'],
      [ids[1], 'Sozialamt'],
      [ids[2], 'Jugendamt'],
    ]);
  });

  test('replaces the entry with the given id and keeps its place', () => {
    const first = saved(storage, example);
    const second = saved(storage, social);
    expect(saved(storage, { ...example, name: 'Amt für Integration, 2. Fassung' }, first, tuesday)).toBe(
      first,
    );
    const list = listSaved(storage);
    expect(list.ok && list.entries.map((e) => [e.id, e.assessment.name, e.savedAt])).toEqual([
      [first, 'Amt für Integration, 2. Fassung', '2026-11-24T09:00:00.000Z'],
      [second, 'Sozialamt', '2026-11-23T09:00:00.000Z'],
    ]);
  });

  test('loads one saved assessment by id', () => {
    saved(storage, example);
    const id = saved(storage, social);
    expect(load(storage, id)).toEqual({
      ok: true,
      entry: { id, savedAt: monday.toISOString(), assessment: social },
      notices: [],
    });
  });

  test('checks a loaded assessment against the current questions', () => {
    const id = saved(storage, { ...example, answers: { ...example.answers, 'alte-frage': 1 } });
    expect(load(storage, id, { catalogue })).toEqual({
      ok: true,
      entry: { id, savedAt: monday.toISOString(), assessment: example },
      notices: [
        '1 Antwort gehört zu einer Frage, die es in diesem Selbstcheck nicht gibt, und wurde nicht übernommen: „alte-frage“.',
      ],
    });
  });

  test('refuses to save an assessment that its own import would refuse, and writes nothing', () => {
    saved(storage, example);
    const before = storage.values.get(STORAGE_KEY);
    expect(save(storage, { ...example, name: 'Amt <b>' })).toEqual({
      ok: false,
      error:
        'Der Selbstcheck wurde nicht gespeichert. Der Name darf kein Markup enthalten, also keine spitzen Klammern (< >).',
    });
    expect(storage.values.get(STORAGE_KEY)).toBe(before);
  });

  test('stores a name trimmed, as an import would read it', () => {
    const id = saved(storage, { ...example, name: '  Sozialamt ' });
    expect(load(storage, id)).toMatchObject({ ok: true, entry: { assessment: { name: 'Sozialamt' } } });
  });

  test('says so when an id is not saved (any more)', () => {
    expect(load(storage, 'weg')).toEqual({
      ok: false,
      error: 'Dieser gespeicherte Selbstcheck ist auf diesem Gerät nicht mehr vorhanden.',
    });
  });

  test('removes one assessment and keeps the others', () => {
    const first = saved(storage, example);
    const second = saved(storage, social);
    expect(remove(storage, first)).toEqual({ ok: true, notices: [] });
    const list = listSaved(storage);
    expect(list.ok && list.entries.map((e) => e.id)).toEqual([second]);
    expect(remove(storage, 'gibt-es-nicht')).toEqual({ ok: true, notices: [] });
  });

  test('removes everything by deleting the key', () => {
    saved(storage, example);
    saved(storage, social);
    expect(removeAll(storage)).toEqual({ ok: true, notices: [] });
    expect(storage.values.size).toBe(0);
  });
});

describe('device storage keeps what it cannot read', () => {
  const corrupt = t('assessment.storage.corrupt');
  const refusedSave = t('assessment.storage.saveRefusedUnreadable');
  const refusedRemove = t('assessment.storage.removeRefusedUnreadable');

  test.each([
    ['not JSON', '{"version": 1, "assessments": ['],
    ['empty', ''],
    ['JSON of the wrong shape', '[1, 2, 3]'],
    ['a list without version', JSON.stringify({ assessments: [] })],
    ['an older unknown version', stored([], 0)],
    ['a negative version', stored([], -1)],
    ['a list whose entries are not a list', JSON.stringify({ version: 1, assessments: {} })],
    ['a list with a field version 1 does not have', JSON.stringify({ version: 1, assessments: [], x: 1 })],
    ['a list with a __proto__ field', '{"version":1,"assessments":[],"__proto__":{"polluted":true}}'],
  ])('reports a stored value that is %s, refuses to save over it, and leaves it as it is', (_case, raw) => {
    storage.values.set(STORAGE_KEY, raw);
    expect(listSaved(storage)).toEqual({
      ok: true,
      entries: [],
      notices: [corrupt],
      hasStoredData: true,
      readOnly: true,
      unreadable: 0,
    });
    expect(save(storage, social)).toEqual({ ok: false, error: refusedSave });
    expect(remove(storage, 'a')).toEqual({ ok: false, error: refusedRemove });
    expect(load(storage, 'a')).toMatchObject({ ok: false });
    expect(storage.values.get(STORAGE_KEY)).toBe(raw);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('tells how to get rid of an unreadable store, or to export instead', () => {
    storage.values.set(STORAGE_KEY, 'kaputt');
    expect(corrupt).toBe(
      'Die auf diesem Gerät gespeicherten Selbstchecks sind beschädigt und können nicht gelesen werden. Sie bleiben unverändert. Sie können sie mit „Alles auf diesem Gerät löschen“ entfernen; bis dahin kann hier nichts gespeichert werden. Ihre aktuellen Antworten können Sie jederzeit als Datei exportieren.',
    );
    expect(save(storage, social)).toEqual({
      ok: false,
      error:
        'Der Selbstcheck wurde nicht gespeichert: Die bisher auf diesem Gerät gespeicherten Daten können nicht gelesen werden und wurden nicht verändert. Exportieren Sie Ihre Antworten stattdessen als Datei, oder entfernen Sie die gespeicherten Daten mit „Alles auf diesem Gerät löschen“ und speichern Sie dann erneut.',
    });
    expect(removeAll(storage)).toEqual({ ok: true, notices: [] });
    expect(storage.values.size).toBe(0);
    expect(save(storage, social)).toMatchObject({ ok: true });
  });

  test.each([
    ['text', '"1"', 'Text („1“)'],
    ['null', 'null', 'leeren Wert (null)'],
    ['true', 'true', 'Wahrheitswert (true)'],
    ['1.5', '1.5', 'Kommazahl (1.5)'],
  ])('says when the store gives its version as %s, and leaves it alone', (_case, version, kind) => {
    const raw = `{"version":${version},"assessments":[]}`;
    storage.values.set(STORAGE_KEY, raw);
    expect(listSaved(storage)).toEqual({
      ok: true,
      entries: [],
      notices: [t('assessment.storage.versionType', { kind, current: 1 })],
      hasStoredData: true,
      readOnly: true,
      unreadable: 0,
    });
    expect(save(storage, social)).toEqual({ ok: false, error: refusedSave });
    expect(storage.values.get(STORAGE_KEY)).toBe(raw);
  });

  test('reads the version of the store-as-text fixture as text, not as a newer version', () => {
    storage.values.set(STORAGE_KEY, fixture('stores/version-as-text.json'));
    const list = listSaved(storage);
    expect(list.ok && list.notices).toEqual([
      'Die auf diesem Gerät gespeicherten Selbstchecks geben ihre Version als Text („1“) an; erwartet wird eine ganze Zahl wie 1. Sie können daher nicht gelesen werden und bleiben unverändert. Sie können sie mit „Alles auf diesem Gerät löschen“ entfernen; bis dahin kann hier nichts gespeichert werden. Ihre aktuellen Antworten können Sie jederzeit als Datei exportieren.',
    ]);
  });
});

describe('a store of a newer version', () => {
  const raw = fixture('stores/newer.json');
  beforeEach(() => {
    storage.values.set(STORAGE_KEY, raw);
  });

  test('is listed as far as it can be read, read-only, with a notice', () => {
    expect(listSaved(storage)).toEqual({
      ok: true,
      entries: [
        { id: 'k3x9q0a7mz', savedAt: '2027-03-01T08:30:00.000Z', assessment: typical },
        {
          id: 'm2p7r4t8wq',
          savedAt: '2027-03-02T08:30:00.000Z',
          assessment: {
            ...example,
            name: 'Sozialamt',
            answers: { 'konzept-stand': 'beschlossen' },
            settings: {},
          },
        },
      ],
      notices: [t('assessment.storage.newer')],
      hasStoredData: true,
      readOnly: true,
      unreadable: 0,
    });
  });

  test('lets a listed assessment be loaded', () => {
    expect(load(storage, 'k3x9q0a7mz')).toMatchObject({ ok: true, entry: { assessment: typical } });
  });

  test('is never written: saving and removing refuse and offer the file export instead', () => {
    expect(save(storage, social)).toEqual({
      ok: false,
      error:
        'Der Selbstcheck wurde nicht gespeichert: Die auf diesem Gerät gespeicherten Selbstchecks stammen aus einer neueren Version des Leitfadens, und diese Fassung verändert sie nicht. Exportieren Sie Ihre Antworten stattdessen als Datei, oder laden Sie die Seite neu, um die aktuelle Fassung zu verwenden.',
    });
    expect(save(storage, typical, 'k3x9q0a7mz')).toEqual({
      ok: false,
      error: t('assessment.storage.saveRefusedNewer'),
    });
    expect(remove(storage, 'k3x9q0a7mz')).toEqual({
      ok: false,
      error: t('assessment.storage.removeRefusedNewer'),
    });
    expect(storage.values.get(STORAGE_KEY)).toBe(raw);
  });

  test('is deleted by „Alles auf diesem Gerät löschen“', () => {
    expect(removeAll(storage)).toEqual({ ok: true, notices: [] });
    expect(storage.values.size).toBe(0);
  });

  test('without a list this version understands, still says so and stays read-only', () => {
    const other = JSON.stringify({ version: 3, eintraege: [] });
    storage.values.set(STORAGE_KEY, other);
    expect(listSaved(storage)).toEqual({
      ok: true,
      entries: [],
      notices: [t('assessment.storage.newer')],
      hasStoredData: true,
      readOnly: true,
      unreadable: 0,
    });
    expect(save(storage, social)).toMatchObject({ ok: false });
    expect(storage.values.get(STORAGE_KEY)).toBe(other);
  });
});

describe('entries this version cannot read, or can repair', () => {
  const raw = fixture('stores/mixed.json');
  const listed = () => {
    const list = listSaved(storage);
    if (!list.ok) throw new Error(list.error);
    return list;
  };
  beforeEach(() => {
    storage.values.set(STORAGE_KEY, raw);
  });

  test('lists what it can read, with an unknown time as null and a taken id replaced', () => {
    const list = listed();
    expect(list.entries.map((e) => [e.id, e.assessment.name, e.savedAt])).toEqual([
      ['sozialamt1', 'Sozialamt', '2026-11-23T09:00:00.000Z'],
      ['jugendamt1', 'Jugendamt', null],
      ['sozialamt1-2', 'Ordnungsamt', '2026-11-24T09:00:00.000Z'],
      ['kulturamt1', 'Kulturamt', null],
    ]);
    expect(list).toMatchObject({ hasStoredData: true, readOnly: false, unreadable: 3 });
  });

  test('reports every problem at once, one sentence each', () => {
    expect(listed().notices).toEqual([
      '2 gespeicherte Selbstchecks sind beschädigt und werden nicht angezeigt. Sie bleiben unverändert erhalten, auch wenn Sie andere speichern oder löschen; entfernen lassen sie sich nur mit „Alles auf diesem Gerät löschen“.',
      '1 gespeicherter Selbstcheck stammt aus einer neueren Version des Leitfadens und wird hier nicht angezeigt. Er bleibt unverändert erhalten; laden Sie die Seite neu, um ihn mit der aktuellen Fassung zu öffnen.',
      'Bei 2 gespeicherten Selbstchecks ist nicht bekannt, wann sie gespeichert wurden; sie werden mit „Zeitpunkt unbekannt“ angezeigt.',
      '1 gespeicherter Selbstcheck hatte dieselbe Kennung wie ein anderer und wird unter einer neuen Kennung angezeigt, damit sich beide getrennt laden und löschen lassen. Die neue Kennung wird beim nächsten Speichern oder Löschen übernommen.',
    ]);
  });

  test('gives a taken id the same replacement on every reading, so the listed entry can be loaded', () => {
    expect(listed().entries[2]?.id).toBe('sozialamt1-2');
    expect(listed().entries[2]?.id).toBe('sozialamt1-2');
    expect(load(storage, 'sozialamt1-2')).toMatchObject({
      ok: true,
      entry: { assessment: { name: 'Ordnungsamt' } },
    });
    expect(load(storage, 'sozialamt1')).toMatchObject({
      ok: true,
      entry: { assessment: { name: 'Sozialamt' } },
    });
    expect(storage.values.get(STORAGE_KEY)).toBe(raw);
  });

  test('keeps every other item exactly at its place when saving, and stores the replaced id', () => {
    const before = itemsOf(raw) as Record<string, unknown>[];
    const result = save(storage, youth, undefined, tuesday);
    expect(result).toMatchObject({
      ok: true,
      notices: [
        'Dabei wurde die neue Kennung von 1 gespeicherten Selbstcheck übernommen, dessen Kennung doppelt vergeben war.',
      ],
    });
    const after = items();
    expect(after).toHaveLength(before.length + 1);
    // Compared as JSON text: the `__proto__` key of the last item must survive as it is.
    const text = (value: unknown) => JSON.stringify(value);
    expect(after.slice(0, before.length).map(text)).toEqual(
      before.map((item, index) => text(index === 2 ? { ...item, id: 'sozialamt1-2' } : item)),
    );
    expect(storage.values.get(STORAGE_KEY)).toContain('"__proto__":{"polluted":true}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const list = listed();
    expect(list.entries.map((e) => e.id)).toEqual([
      'sozialamt1',
      'jugendamt1',
      'sozialamt1-2',
      'kulturamt1',
      result.ok ? result.id : '',
    ]);
    expect(list.notices).toHaveLength(3);
    expect(list.unreadable).toBe(3);
  });

  test('keeps every other item when removing one', () => {
    const before = itemsOf(raw);
    expect(remove(storage, 'sozialamt1-2')).toMatchObject({ ok: true, notices: [] });
    expect(items().map((item) => JSON.stringify(item))).toEqual(
      before.filter((_, index) => index !== 2).map((item) => JSON.stringify(item)),
    );
    expect(listed().entries.map((e) => e.assessment.name)).toEqual(['Sozialamt', 'Jugendamt', 'Kulturamt']);
  });

  test('leaves an unknown time as it was until the entry itself is saved again', () => {
    save(storage, youth);
    expect(items()[1]).toMatchObject({ id: 'jugendamt1', savedAt: 'gestern' });
    expect(items()[5]).not.toHaveProperty('savedAt');
    save(storage, { ...youth, name: 'Jugendamt, neu' }, 'jugendamt1', tuesday);
    expect(items()[1]).toMatchObject({ id: 'jugendamt1', savedAt: tuesday.toISOString() });
  });

  test('never gives a new entry the id of an entry it cannot read', () => {
    const result = save(storage, social, 'neuerestand');
    expect(result.ok && result.id).not.toBe('neuerestand');
    expect(result.ok && result.id).toMatch(/^[a-z0-9]{10}$/);
    expect(items()[3]).toMatchObject({ id: 'neuerestand', assessment: { version: 3 } });
  });

  test.each([
    ['an entry without id', { savedAt: monday.toISOString(), assessment: example }],
    ['an entry with a foreign document', entry('b', { name: 'x' })],
    ['an entry with a script in the name', entry('b', { ...example, name: '<script>alert(1)</script>' })],
    ['an entry with a field version 1 does not have', { ...entry('b', example), tags: [] }],
    ['an entry with a __proto__ key', '__PROTO__'],
    ['an entry that is a number', 42],
  ])('hides a bad entry (%s), counts it, and keeps it when saving', (_case, bad) => {
    const value = stored([entry('a', example), bad, entry('c', youth)]).replace(
      '"__PROTO__"',
      JSON.stringify(entry('b', example)).replace('"answers":{', '"answers":{"__proto__":{"x":1},'),
    );
    storage.values.set(STORAGE_KEY, value);
    const list = listSaved(storage);
    expect(list.ok && list.entries.map((e) => e.id)).toEqual(['a', 'c']);
    expect(list.ok && list.notices).toEqual([
      '1 gespeicherter Selbstcheck ist beschädigt und wird nicht angezeigt. Er bleibt unverändert erhalten, auch wenn Sie andere speichern oder löschen; entfernen lässt er sich nur mit „Alles auf diesem Gerät löschen“.',
    ]);
    expect(list.ok && list.unreadable).toBe(1);
    expect(load(storage, 'c')).toMatchObject({ ok: true, entry: { assessment: youth } });
    expect(storage.values.get(STORAGE_KEY)).toBe(value);
    expect(save(storage, social)).toMatchObject({ ok: true, notices: [] });
    expect(JSON.stringify(items()[1])).toBe(JSON.stringify(itemsOf(value)[1]));
    expect(items()).toHaveLength(4);
  });

  test('counts several bad entries', () => {
    storage.values.set(STORAGE_KEY, stored([1, 2, entry('a', example)]));
    const list = listSaved(storage);
    expect(list.ok && list.notices[0]).toMatch(/^2 gespeicherte Selbstchecks sind beschädigt/);
    expect(list.ok && list.unreadable).toBe(2);
  });

  test('keeps the only entry it cannot read when saving, instead of replacing it', () => {
    storage.values.set(STORAGE_KEY, stored([entry('neu', { ...example, version: 3 })]));
    expect(listSaved(storage)).toMatchObject({ ok: true, entries: [], hasStoredData: true, unreadable: 1 });
    expect(save(storage, social)).toMatchObject({ ok: true });
    expect(items()).toEqual([
      entry('neu', { ...example, version: 3 }),
      expect.objectContaining({ assessment: social }),
    ]);
  });
});

describe('an entry saved in an older document version', () => {
  const raw = fixture('stores/version-0-entry.json');
  beforeEach(() => {
    storage.values.set(STORAGE_KEY, raw);
  });

  test('is listed migrated and loaded with notices saying what migration changed', () => {
    const list = listSaved(storage);
    expect(list.ok && list.entries.map((e) => e.assessment.name)).toEqual(['Amt für Integration']);
    expect(list.ok && list.notices).toEqual([]);
    expect(load(storage, 'altversion', { catalogue })).toMatchObject({
      ok: true,
      entry: { assessment: { version: 2, answers: { 'raeume-formen': 'weiss-nicht' } } },
      notices: [
        'Der Selbstcheck stammt aus einer älteren Version des Formats (Version 0) und wurde in das aktuelle Format (Version 2) übertragen.',
        '1 Antwort ohne Wert (null) wurde als „Weiß nicht“ gelesen, wie es Version 0 vorsah.',
        'Gewichtungen in Worten wurden in Zahlen übertragen: „gering“ als 1, „mittel“ als 2, „hoch“ als 3.',
      ],
    });
  });

  test('stays in its version until it is saved over', () => {
    save(storage, social);
    expect(items()[0]).toEqual(itemsOf(raw)[0]);
  });
});

describe('device storage that is unavailable or full', () => {
  const unavailable =
    'Der Browser kann auf diesem Gerät nichts speichern, zum Beispiel im privaten Modus oder wegen Einstellungen Ihrer Organisation. Exportieren Sie den Selbstcheck stattdessen als Datei.';
  const full =
    'Der Speicher des Browsers auf diesem Gerät ist voll; der Selbstcheck wurde nicht gespeichert. Löschen Sie ältere gespeicherte Selbstchecks oder exportieren Sie ihn als Datei.';

  test.each([
    ['QuotaExceededError (Chromium, Safari)', new DOMException('full', 'QuotaExceededError')],
    ['NS_ERROR_DOM_QUOTA_REACHED (Firefox)', new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED')],
  ])('reports a full storage (%s) and keeps what was saved', (_case, error) => {
    const first = saved(storage, example);
    saved(storage, social);
    const before = storage.values.get(STORAGE_KEY);
    storage.failWith = { set: error };
    expect(save(storage, social)).toEqual({ ok: false, error: full });
    expect(remove(storage, first)).toEqual({ ok: false, error: full });
    expect(storage.values.get(STORAGE_KEY)).toBe(before);
  });

  test('reports storage that refuses writes for other reasons as unavailable', () => {
    storage.failWith = { set: new DOMException('denied', 'SecurityError') };
    expect(save(storage, example)).toEqual({ ok: false, error: unavailable });
  });

  test.each([
    ['listSaved', () => listSaved(storage)],
    ['save', () => save(storage, example)],
    ['load', () => load(storage, 'a')],
    ['remove', () => remove(storage, 'a')],
    ['removeAll', () => removeAll(storage)],
  ])('%s reports storage that throws on every access (locked-down PC) instead of throwing', (_case, call) => {
    storage.failWith = { get: new DOMException('denied', 'SecurityError'), set: new Error('denied') };
    expect(call()).toEqual({ ok: false, error: unavailable });
  });

  test.each([
    ['listSaved', () => listSaved(undefined)],
    ['save', () => save(undefined, example)],
    ['load', () => load(undefined, 'a')],
    ['remove', () => remove(undefined, 'a')],
    ['removeAll', () => removeAll(undefined)],
  ])('%s reports missing storage (no localStorage at all)', (_case, call) => {
    expect(call()).toEqual({ ok: false, error: unavailable });
  });
});
