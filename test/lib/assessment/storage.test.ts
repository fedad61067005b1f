import { beforeEach, describe, expect, test } from 'vitest';
import { questionShapes } from '../../../src/lib/assessment/catalogue';
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
import { catalogue } from '../../fixtures/assessments/catalogue';
import { example } from './fixtures';

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
    expect(listSaved(storage)).toEqual({ ok: true, entries: [], notices: [] });
    expect(storage.values.size).toBe(0);
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
    expect(load(storage, id, { questions: questionShapes(catalogue) })).toEqual({
      ok: true,
      entry: { id, savedAt: monday.toISOString(), assessment: example },
      notices: ['1 Antwort gehört zu einer Frage, die es nicht mehr gibt, und wurde übergangen.'],
    });
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

describe('device storage with damaged data', () => {
  const corrupt =
    'Die auf diesem Gerät gespeicherten Selbstchecks sind beschädigt und können nicht gelesen werden. Sie bleiben unverändert, bis Sie erneut speichern oder alle gespeicherten Selbstchecks löschen.';
  const newer =
    'Die auf diesem Gerät gespeicherten Selbstchecks stammen aus einer neueren Version des Leitfadens und können hier nicht gelesen werden. Laden Sie die Seite neu. Sie bleiben unverändert, bis Sie hier erneut speichern oder alle löschen.';

  test.each([
    ['not JSON', '{"version": 1, "assessments": [', corrupt],
    ['JSON of the wrong shape', '[1, 2, 3]', corrupt],
    ['a list without version', JSON.stringify({ assessments: [] }), corrupt],
    ['an older unknown version', stored([], 0), corrupt],
    ['a newer version', stored([entry('a', example)], 2), newer],
    ['a list whose entries are not a list', JSON.stringify({ version: 1, assessments: {} }), corrupt],
  ])(
    'reads a stored value that is %s as empty, with a notice, and leaves it as it is',
    (_case, raw, notice) => {
      storage.values.set(STORAGE_KEY, raw);
      expect(listSaved(storage)).toEqual({ ok: true, entries: [], notices: [notice] });
      expect(load(storage, 'a')).toMatchObject({ ok: false });
      expect(storage.values.get(STORAGE_KEY)).toBe(raw);
    },
  );

  test.each([
    ['an entry without id', { savedAt: monday.toISOString(), assessment: example }],
    ['an entry with a broken date', entry('b', example, 'gestern')],
    ['an entry with a foreign document', entry('b', { name: 'x' })],
    ['an entry with a script in the name', entry('b', { ...example, name: '<script>alert(1)</script>' })],
    ['an entry with a __proto__ key', '__PROTO__'],
    ['an entry with a duplicate id', entry('a', social)],
    ['an entry that is a number', 42],
  ])(
    'shows the good entries when one is bad (%s), with a notice, and leaves the stored value as it is',
    (_case, bad) => {
      const raw = stored([entry('a', example), bad, entry('c', youth)]).replace(
        '"__PROTO__"',
        JSON.stringify(entry('b', example)).replace('"answers":{', '"answers":{"__proto__":{"x":1},'),
      );
      expect(raw).not.toContain('__PROTO__');
      storage.values.set(STORAGE_KEY, raw);
      const list = listSaved(storage);
      expect(list.ok && list.entries.map((e) => e.id)).toEqual(['a', 'c']);
      expect(list.ok && list.notices).toEqual([
        '1 gespeicherter Selbstcheck ist beschädigt und wird nicht angezeigt. Er bleibt unverändert, bis Sie erneut speichern oder löschen.',
      ]);
      expect(load(storage, 'c')).toMatchObject({ ok: true, entry: { assessment: youth } });
      expect(storage.values.get(STORAGE_KEY)).toBe(raw);
    },
  );

  test('counts several bad entries', () => {
    storage.values.set(STORAGE_KEY, stored([1, 2, entry('a', example)]));
    const list = listSaved(storage);
    expect(list.ok && list.notices[0]).toMatch(/^2 gespeicherte Selbstchecks sind beschädigt/);
  });

  test('replaces damaged data only on an explicit save, keeping the good entries and saying so', () => {
    storage.values.set(STORAGE_KEY, stored([entry('a', example), 'kaputt']));
    const result = save(storage, social, undefined, tuesday);
    expect(result).toMatchObject({
      ok: true,
      notices: ['Die beschädigten gespeicherten Daten wurden dabei ersetzt.'],
    });
    const list = listSaved(storage);
    expect(list.ok && list.entries.map((e) => e.assessment.name)).toEqual([
      'Amt für Integration',
      'Sozialamt',
    ]);
    expect(list.ok && list.notices).toEqual([]);
  });

  test('replaces an unreadable value on an explicit save', () => {
    storage.values.set(STORAGE_KEY, 'kaputt');
    expect(save(storage, social)).toMatchObject({ ok: true });
    const list = listSaved(storage);
    expect(list.ok && list.entries.map((e) => e.assessment.name)).toEqual(['Sozialamt']);
  });

  test('removes everything, damaged data included', () => {
    storage.values.set(STORAGE_KEY, 'kaputt');
    expect(removeAll(storage)).toEqual({ ok: true, notices: [] });
    expect(storage.values.size).toBe(0);
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
