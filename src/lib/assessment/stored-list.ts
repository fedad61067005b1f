import type { UiKey } from '../../i18n/de';
import { t } from '../../i18n/t';
import {
  ASSESSMENT_VERSION,
  ID_MAX_LENGTH,
  savedAtSchema,
  STORE_VERSION,
  storedEntryWithoutTimeSchema,
  storeSchema,
  type SavedAssessment,
} from '../../schemas/assessment';
import { forbiddenKeys, isJsonObject, parseJsonSafely, parseJsonVerbatim } from './json';
import { countMessage, describeValueType } from './messages';
import { checkVersion, isKnownVersion } from './migrate';
import { checkDocument } from './parse';

/**
 * The stored list (the value of the storage key, shape in `src/schemas/assessment.ts`) read item by item,
 * as a pure function of its text. Every item keeps its place and the value a write puts back, so that
 * `storage.ts` can save or remove one entry without touching anything it could not read.
 */

/** One item of the stored list at its place: `value` is what a write puts back there. */
export type Slot =
  /** Readable: listed; `value` is the stored item, with a new id if an earlier item had its id. */
  | { entry: SavedAssessment; value: unknown; notices: string[]; repaired: boolean }
  /** Not readable here (damaged, or `newer`): kept exactly as parsed, forbidden keys included; never spread. */
  | { entry?: undefined; value: unknown; newer: boolean };

/** What is stored: the items in order, notices about them, and why this version may not write it, if so. */
export interface StoredList {
  /** The items, in stored order. */
  slots: Slot[];
  /** Every notice about the stored data, one German sentence each. */
  notices: string[];
  /** Whether the key holds anything at all. */
  hasStoredData: boolean;
  /** Set if the list must not be written: of a newer store version, or unreadable as a whole. */
  readOnly?: 'newer' | 'unreadable' | undefined;
}

/** Reads the stored text (`null`: the key is not there); never throws. */
export function readStoredList(raw: string | null): StoredList {
  if (raw === null) return { slots: [], notices: [], hasStoredData: false };
  const unreadable = (notice: string): StoredList => ({
    slots: [],
    notices: [notice],
    hasStoredData: true,
    readOnly: 'unreadable',
  });
  const json = parseJsonSafely(raw);
  if (json === undefined || !isJsonObject(json.value)) return unreadable(t('assessment.storage.corrupt'));
  // The same text parsed as it is: items are written back from this, forbidden keys and all.
  const verbatim = parseJsonVerbatim(raw);
  const version = checkVersion(json.value['version'], STORE_VERSION);
  if (version.kind === 'wrong-type') {
    const kind = describeValueType(version.value);
    return unreadable(t('assessment.storage.versionType', { kind, current: STORE_VERSION }));
  }
  if (version.kind === 'newer') {
    // Read what can be read, but never write: a newer store may mean more than this version knows.
    const items = json.value['assessments'];
    const list = readItems(Array.isArray(items) ? items : [], itemsOf(verbatim), json.forbiddenKeyIn, true);
    return { ...list, notices: [t('assessment.storage.newer'), ...list.notices], readOnly: 'newer' };
  }
  const envelope = storeSchema.safeParse(json.value);
  const keys = isJsonObject(verbatim) ? Object.keys(verbatim) : [];
  if (!envelope.success || keys.some((key) => forbiddenKeys.has(key))) {
    return unreadable(t('assessment.storage.corrupt'));
  }
  return readItems(envelope.data.assessments, itemsOf(verbatim), json.forbiddenKeyIn, false);
}

/** The `assessments` list of the verbatim store. */
function itemsOf(verbatim: unknown): unknown[] {
  const items = isJsonObject(verbatim) ? verbatim['assessments'] : undefined;
  return Array.isArray(items) ? items : [];
}

/** The item's id, if it has one that is text. */
const idOf = (item: unknown): string | undefined =>
  isJsonObject(item) && typeof item['id'] === 'string' ? item['id'] : undefined;

/**
 * The items, each read on its own; `verbatimItems` are the same items parsed as they are. `lenient`: the
 * list is of a newer store version (never written), so entry fields this version does not know are ignored.
 */
function readItems(
  items: readonly unknown[],
  verbatimItems: readonly unknown[],
  forbiddenKeyIn: (node: unknown) => string | undefined,
  lenient: boolean,
): StoredList {
  const taken = new Set(items.map(idOf).filter((id) => id !== undefined));
  const seen = new Set<string>();
  const slots = items.map((item, index): Slot => {
    const stored = verbatimItems[index];
    const slot = readItem(item, stored, forbiddenKeyIn(item), lenient);
    const id = idOf(item);
    const duplicate = id !== undefined && seen.has(id);
    if (id !== undefined) seen.add(id);
    if (slot.entry === undefined || !duplicate || !isJsonObject(stored)) return slot;
    const fresh = freshId(id, taken);
    taken.add(fresh);
    // A readable item has no forbidden key, so its verbatim value may be copied.
    return { ...slot, entry: { ...slot.entry, id: fresh }, value: { ...stored, id: fresh }, repaired: true };
  });
  return { slots, notices: itemNotices(slots), hasStoredData: true };
}

/** One stored item: an entry if this version can read it (its time may be unknown), else kept as it is. */
function readItem(item: unknown, stored: unknown, forbiddenKey: string | undefined, lenient: boolean): Slot {
  const kept = (newer: boolean): Slot => ({ value: stored, newer });
  if (!isJsonObject(item) || forbiddenKey !== undefined) return kept(false);
  const { savedAt, ...rest } = item;
  const shape = storedEntryWithoutTimeSchema.safeParse(
    lenient ? { id: rest['id'], assessment: rest['assessment'] } : rest,
  );
  if (!shape.success) return kept(false);
  const { id, assessment } = shape.data;
  const document = checkDocument(assessment, undefined);
  if (!document.ok) {
    const version = isJsonObject(assessment) ? assessment['version'] : undefined;
    return kept(checkVersion(version, ASSESSMENT_VERSION, isKnownVersion).kind === 'newer');
  }
  const time = savedAtSchema.safeParse(savedAt);
  return {
    entry: { id, savedAt: time.success ? time.data : null, assessment: document.assessment },
    value: stored,
    notices: document.notices,
    repaired: false,
  };
}

/** Notices about the items: how many are hidden (damaged, newer), have no known time, or got a new id. */
function itemNotices(slots: readonly Slot[]): string[] {
  const counts: [number, UiKey, UiKey][] = [
    [
      slots.filter((slot) => slot.entry === undefined && !slot.newer).length,
      'assessment.storage.badEntriesOne',
      'assessment.storage.badEntriesOther',
    ],
    [
      slots.filter((slot) => slot.entry === undefined && slot.newer).length,
      'assessment.storage.newerEntriesOne',
      'assessment.storage.newerEntriesOther',
    ],
    [
      slots.filter((slot) => slot.entry?.savedAt === null).length,
      'assessment.storage.unknownTimeOne',
      'assessment.storage.unknownTimeOther',
    ],
    [
      slots.filter((slot) => slot.entry !== undefined && slot.repaired).length,
      'assessment.storage.duplicateIdsOne',
      'assessment.storage.duplicateIdsOther',
    ],
  ];
  return counts.flatMap(([n, one, other]) => (n === 0 ? [] : [countMessage(n, one, other)]));
}

/**
 * A new id for an entry whose id an earlier item has: the same id with `-2`, `-3`, … (the first that is
 * free), so that every reading of the same list gives the same id and „Laden“ finds what was listed.
 */
function freshId(id: string, taken: ReadonlySet<string>): string {
  // Room for a suffix of up to seven digits within the longest id.
  const base = id.slice(0, ID_MAX_LENGTH - 8).replace(/-+$/, '');
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${String(n)}`;
    if (!taken.has(candidate)) return candidate;
  }
}
