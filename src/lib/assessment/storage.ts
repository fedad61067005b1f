import { t } from '../../i18n/t';
import {
  assessmentSchema,
  ID_MAX_LENGTH,
  STORE_VERSION,
  type Assessment,
  type SavedAssessment,
} from '../../schemas/assessment';
import { slugPattern } from '../../schemas/slug-pattern';
import { fitToCatalogue } from './catalogue';
import { canonical } from './export';
import { isJsonObject } from './json';
import { countMessage, describeIssue } from './messages';
import type { ParseContext } from './parse';
import { readStoredList, type Slot, type StoredList } from './stored-list';

/**
 * Assessments saved on this device, only when the user asks for it, under one localStorage key (shape in
 * `src/schemas/assessment.ts`). Nothing here throws, and nothing deletes what it could not read:
 * - an entry this version cannot read (damaged, from a newer version) is hidden, counted, and written back
 *   as it was, at its place, whenever something else is saved or removed;
 * - an entry with a missing or invalid `savedAt` is listed with `savedAt: null` and written back as it was;
 *   an entry whose id an earlier entry has already gets a new id, which the next write stores;
 * - a store of a newer store version, or one that cannot be read at all, is never written: `save` and
 *   `remove` refuse with a message; only `removeAll` („Alles auf diesem Gerät löschen“) deletes it.
 * Storage that is missing, locked or full gives an error result.
 */

/** The one localStorage key the site uses. */
export const STORAGE_KEY = 'mo-leitfaden:selbstcheck';

/** The part of the Web Storage API used here, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A refusal or failure, as one German message for the user. */
export type StorageError = { ok: false; error: string };
/** Result of an operation that only changes storage. */
export type StorageResult = { ok: true; notices: string[] } | StorageError;
/**
 * Saved assessments, oldest first, with every notice about the stored data (several may apply at once).
 * `hasStoredData`: the key holds anything at all, so „Alles auf diesem Gerät löschen“ has something to do;
 * `readOnly`: the store is newer or unreadable, so `save` and `remove` will refuse (`removeAll` works);
 * `unreadable`: how many stored entries are hidden because this version cannot read them (kept as they are).
 */
export type ListResult =
  | {
      ok: true;
      entries: SavedAssessment[];
      notices: string[];
      hasStoredData: boolean;
      readOnly: boolean;
      unreadable: number;
    }
  | StorageError;
/** Result of saving: the entry's id. */
export type SaveResult = { ok: true; id: string; notices: string[] } | StorageError;
/** Result of loading one entry; the notices say what migration and the catalogue changed. */
export type LoadResult = { ok: true; entry: SavedAssessment; notices: string[] } | StorageError;

/** The browser's localStorage, or `undefined` where even touching it throws (blocked storage, no window). */
export function deviceStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const unavailable = (): StorageError => ({ ok: false, error: t('assessment.storage.unavailable') });

/** What `save` and `remove` say when the stored list must not be written. */
const refusals = {
  newer: { save: 'assessment.storage.saveRefusedNewer', remove: 'assessment.storage.removeRefusedNewer' },
  unreadable: {
    save: 'assessment.storage.saveRefusedUnreadable',
    remove: 'assessment.storage.removeRefusedUnreadable',
  },
} as const;

/** The stored list, or an error if storage is missing or throws (blocked, locked-down PCs). */
function read(storage: StorageLike | undefined): { ok: true; list: StoredList } | StorageError {
  let raw: string | null;
  try {
    if (storage === undefined) return unavailable();
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return unavailable();
  }
  return { ok: true, list: readStoredList(raw) };
}

/**
 * Writes the slots back in their order (an empty list removes the key, so nothing is left to delete);
 * notices say which repaired ids this write stored.
 */
function write(storage: StorageLike, slots: readonly Slot[]): StorageResult {
  const value = { version: STORE_VERSION, assessments: slots.map((slot) => slot.value) };
  try {
    if (slots.length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch (error) {
    return {
      ok: false,
      error: t(isQuotaError(error) ? 'assessment.storage.quota' : 'assessment.storage.unavailable'),
    };
  }
  const repaired = slots.filter((slot) => slot.entry !== undefined && slot.repaired).length;
  const notice = countMessage(
    repaired,
    'assessment.storage.duplicateIdsWrittenOne',
    'assessment.storage.duplicateIdsWrittenOther',
  );
  return { ok: true, notices: repaired === 0 ? [] : [notice] };
}

/** Whether a storage error means „full“ (Chromium and Safari name it so, Firefox has its own name). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A fresh id that no stored item has: ten random base-36 characters. */
function newId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) =>
      (byte % 36).toString(36),
    ).join('');
    if (!taken.has(id)) return id;
  }
}

/** Whether an id has the form the stored list requires. */
const isValidId = (id: string): boolean => slugPattern.test(id) && id.length <= ID_MAX_LENGTH;

/** Every id in the store, listed or kept, so that a new entry never shares one. */
function idsIn(slots: readonly Slot[]): Set<string> {
  return new Set(
    slots.flatMap((slot) => {
      if (slot.entry !== undefined) return [slot.entry.id];
      return isJsonObject(slot.value) && typeof slot.value['id'] === 'string' ? [slot.value['id']] : [];
    }),
  );
}

/** The saved assessments, oldest first, with notices; damaged or newer data is reported and left untouched. */
export function listSaved(storage: StorageLike | undefined): ListResult {
  const stored = read(storage);
  if (!stored.ok) return stored;
  const { slots, notices, hasStoredData, readOnly } = stored.list;
  return {
    ok: true,
    entries: slots.flatMap((slot) => (slot.entry === undefined ? [] : [slot.entry])),
    notices,
    hasStoredData,
    readOnly: readOnly !== undefined,
    unreadable: slots.filter((slot) => slot.entry === undefined).length,
  };
}

/**
 * Saves an assessment: replaces the entry with `id` if there is one, else adds a new entry (with `id` if it
 * is a free, valid id). Every other stored item stays as it was. Refuses, with a message offering the file
 * export, when the store is newer or unreadable, and never writes an assessment its own import would refuse.
 */
export function save(
  storage: StorageLike | undefined,
  assessment: Assessment,
  id?: string,
  now: Date = new Date(),
): SaveResult {
  const stored = read(storage);
  if (!stored.ok || storage === undefined) return stored.ok ? unavailable() : stored;
  const { slots, readOnly } = stored.list;
  if (readOnly !== undefined) return { ok: false, error: t(refusals[readOnly].save) };
  const checked = assessmentSchema.safeParse(assessment);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    const detail = issue === undefined ? '' : describeIssue(issue);
    return { ok: false, error: t('assessment.storage.invalid', { detail }) };
  }
  const index = slots.findIndex((slot) => slot.entry !== undefined && slot.entry.id === id);
  const taken = idsIn(slots);
  // An id that names no entry is used for the new one only if it is valid and no stored item has it.
  const keepId = id !== undefined && (index !== -1 || (isValidId(id) && !taken.has(id)));
  const entryId = keepId ? id : newId(taken);
  const entry = { id: entryId, savedAt: now.toISOString(), assessment: canonical(checked.data) };
  const slot: Slot = { entry, value: entry, notices: [], repaired: false };
  const written = write(storage, index === -1 ? [...slots, slot] : slots.with(index, slot));
  return written.ok ? { ok: true, id: entryId, notices: written.notices } : written;
}

/**
 * Deletes one saved assessment, keeping every other stored item (the last one gone, the key goes too);
 * deleting one that is not there changes nothing. Refuses when the store is newer or unreadable.
 */
export function remove(storage: StorageLike | undefined, id: string): StorageResult {
  const stored = read(storage);
  if (!stored.ok || storage === undefined) return stored.ok ? unavailable() : stored;
  const { slots, readOnly } = stored.list;
  if (readOnly !== undefined) return { ok: false, error: t(refusals[readOnly].remove) };
  const index = slots.findIndex((slot) => slot.entry?.id === id);
  if (index === -1) return { ok: true, notices: [] };
  return write(storage, slots.toSpliced(index, 1));
}

/** Deletes every saved assessment, damaged, newer and unreadable data included, by removing the key. */
export function removeAll(storage: StorageLike | undefined): StorageResult {
  try {
    if (storage === undefined) return unavailable();
    storage.removeItem(STORAGE_KEY);
    return { ok: true, notices: [] };
  } catch {
    return unavailable();
  }
}

/**
 * One saved assessment (also from a read-only store), checked against the question catalogue if the context
 * has one; the notices say what migration (an entry saved in an older version) and the catalogue changed.
 */
export function load(storage: StorageLike | undefined, id: string, context: ParseContext = {}): LoadResult {
  const stored = read(storage);
  if (!stored.ok) return stored;
  const slot = stored.list.slots.find((candidate) => candidate.entry?.id === id);
  if (slot?.entry === undefined) return { ok: false, error: t('assessment.storage.notFound') };
  // Reading has already checked the entry as a document (and migrated it); what is left is the catalogue.
  const { entry, notices } = slot;
  if (context.catalogue === undefined) return { ok: true, entry, notices: [...notices] };
  const fitted = fitToCatalogue(entry.assessment, context.catalogue, [...notices]);
  if (!fitted.ok) return { ok: false, error: fitted.error };
  return { ok: true, entry: { ...entry, assessment: fitted.assessment }, notices: fitted.notices };
}
