import type { UiKey } from '../../i18n/de';
import { t } from '../../i18n/t';
import {
  STORE_VERSION,
  storedEntrySchema,
  storeSchema,
  type Assessment,
  type SavedAssessment,
} from '../../schemas/assessment';
import { fitToCatalogue } from './catalogue';
import { canonical } from './export';
import { isJsonObject, parseJsonSafely } from './json';
import { countMessage } from './messages';
import { checkDocument, type ParseContext } from './parse';

/**
 * Assessments saved on this device, only when the user asks for it, under one localStorage key (shape in
 * `src/schemas/assessment.ts`). Nothing here throws: storage that is missing, locked or full gives an error
 * result, and a damaged stored value is read as far as it is valid, with a notice, and left as it is until
 * the user saves or deletes.
 */

/** The one localStorage key the site uses. */
export const STORAGE_KEY = 'mo-leitfaden:selbstcheck';

/** The part of the Web Storage API used here, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Result of an operation that only changes storage. */
export type StorageResult = { ok: true; notices: string[] } | { ok: false; error: string };
/** Saved assessments, oldest first, with notices about damaged data. */
export type ListResult =
  { ok: true; entries: SavedAssessment[]; notices: string[] } | { ok: false; error: string };
/** Result of saving: the entry's id. */
export type SaveResult = { ok: true; id: string; notices: string[] } | { ok: false; error: string };
/** Result of loading one entry. */
export type LoadResult =
  { ok: true; entry: SavedAssessment; notices: string[] } | { ok: false; error: string };

/** The browser's localStorage, or `undefined` where even touching it throws (blocked storage, no window). */
export function deviceStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const unavailable = (): { ok: false; error: string } => ({
  ok: false,
  error: t('assessment.storage.unavailable'),
});

/** What is stored, as far as it is valid; `damaged` if writing would drop something. */
type Read =
  | { ok: true; entries: SavedAssessment[]; notices: string[]; damaged: boolean }
  | { ok: false; error: string };

function read(storage: StorageLike | undefined): Read {
  let raw: string | null;
  try {
    if (storage === undefined) return unavailable();
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return unavailable();
  }
  if (raw === null) return { ok: true, entries: [], notices: [], damaged: false };
  const damaged = (key: UiKey): Read => ({ ok: true, entries: [], notices: [t(key)], damaged: true });
  const json = parseJsonSafely(raw);
  const version = isJsonObject(json?.value) ? json.value['version'] : undefined;
  if (typeof version === 'number' && version > STORE_VERSION) return damaged('assessment.storage.newer');
  const store = storeSchema.safeParse(json?.value);
  if (json === undefined || !store.success) return damaged('assessment.storage.corrupt');

  const entries: SavedAssessment[] = [];
  for (const item of store.data.assessments) {
    const entry = storedEntrySchema.safeParse(item);
    if (!entry.success || entries.some((known) => known.id === entry.data.id)) continue;
    const document = checkDocument(entry.data.assessment, json.forbiddenKeyIn(item));
    if (document.ok) entries.push({ ...entry.data, assessment: document.assessment });
  }
  const bad = store.data.assessments.length - entries.length;
  if (bad === 0) return { ok: true, entries, notices: [], damaged: false };
  const notice = countMessage(bad, 'assessment.storage.badEntriesOne', 'assessment.storage.badEntriesOther');
  return { ok: true, entries, notices: [notice], damaged: true };
}

function write(storage: StorageLike, entries: SavedAssessment[]): StorageResult {
  const value = { version: STORE_VERSION, assessments: entries };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(value));
    return { ok: true, notices: [] };
  } catch (error) {
    return {
      ok: false,
      error: t(isQuotaError(error) ? 'assessment.storage.quota' : 'assessment.storage.unavailable'),
    };
  }
}

/** Whether a storage error means „full“ (Chromium and Safari name it so, Firefox has its own name). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A fresh id that no saved entry has: ten random base-36 characters. */
function newId(taken: readonly SavedAssessment[]): string {
  for (;;) {
    const id = Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) =>
      (byte % 36).toString(36),
    ).join('');
    if (!taken.some((entry) => entry.id === id)) return id;
  }
}

/** The saved assessments, oldest first; damaged data yields a notice and is left untouched. */
export function listSaved(storage: StorageLike | undefined): ListResult {
  const stored = read(storage);
  return stored.ok ? { ok: true, entries: stored.entries, notices: stored.notices } : stored;
}

/**
 * Saves an assessment: replaces the entry with `id` if there is one, else adds a new entry. Damaged stored
 * data (which `listSaved` has reported) is replaced by the valid entries, with a notice saying so.
 */
export function save(
  storage: StorageLike | undefined,
  assessment: Assessment,
  id?: string,
  now: Date = new Date(),
): SaveResult {
  const stored = read(storage);
  if (!stored.ok || storage === undefined) return stored.ok ? unavailable() : stored;
  const entryId = id ?? newId(stored.entries);
  const entry: SavedAssessment = {
    id: entryId,
    savedAt: now.toISOString(),
    assessment: canonical(assessment),
  };
  const index = stored.entries.findIndex((known) => known.id === entryId);
  const entries = index === -1 ? [...stored.entries, entry] : stored.entries.with(index, entry);
  const written = write(storage, entries);
  if (!written.ok) return written;
  return { ok: true, id: entryId, notices: stored.damaged ? [t('assessment.storage.replaced')] : [] };
}

/** Deletes one saved assessment; deleting one that is not there changes nothing. */
export function remove(storage: StorageLike | undefined, id: string): StorageResult {
  const stored = read(storage);
  if (!stored.ok || storage === undefined) return stored.ok ? unavailable() : stored;
  if (!stored.entries.some((entry) => entry.id === id)) return { ok: true, notices: [] };
  const written = write(
    storage,
    stored.entries.filter((entry) => entry.id !== id),
  );
  if (!written.ok) return written;
  return { ok: true, notices: stored.damaged ? [t('assessment.storage.replaced')] : [] };
}

/** Deletes every saved assessment, damaged ones included, by removing the key. */
export function removeAll(storage: StorageLike | undefined): StorageResult {
  try {
    if (storage === undefined) return unavailable();
    storage.removeItem(STORAGE_KEY);
    return { ok: true, notices: [] };
  } catch {
    return unavailable();
  }
}

/** One saved assessment, checked against the question catalogue if the context has one. */
export function load(storage: StorageLike | undefined, id: string, context: ParseContext = {}): LoadResult {
  const stored = read(storage);
  if (!stored.ok) return stored;
  const entry = stored.entries.find((known) => known.id === id);
  if (entry === undefined) return { ok: false, error: t('assessment.storage.notFound') };
  // `read` has already checked the entry as a document (and migrated it); what is left is the catalogue.
  if (context.questions === undefined) return { ok: true, entry, notices: [] };
  const fitted = fitToCatalogue(entry.assessment, context.questions, []);
  if (!fitted.ok) return { ok: false, error: fitted.error };
  return { ok: true, entry: { ...entry, assessment: fitted.assessment }, notices: fitted.notices };
}
