import { deviceStorage, listSaved, load, remove, removeAll, save } from '../../../lib/assessment/storage';
import type { Assessment } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';

/** The island's view of device storage: what is saved, and what the list can and cannot do. */
export interface DeviceState {
  entries: { id: string; name: string | undefined; savedAt: string | null }[];
  /** Everything the store says about itself (damaged, newer, repaired …), each a sentence. */
  notices: string[];
  /** The key holds anything at all, readable or not: „Alles löschen“ is offered. */
  hasData: boolean;
  /** Entries this version cannot read, kept as they are. */
  unreadable: boolean;
}

/** Reads device storage; storage that is missing or blocked gives its message, never an exception. */
export function deviceState(): DeviceState {
  const listed = listSaved(deviceStorage());
  if (!listed.ok) return { entries: [], notices: [listed.error], hasData: false, unreadable: false };
  return {
    entries: listed.entries.map((entry) => ({
      id: entry.id,
      name: entry.assessment.name,
      savedAt: entry.savedAt,
    })),
    notices: listed.notices,
    hasData: listed.hasStoredData,
    unreadable: listed.unreadable > 0 || (listed.hasStoredData && listed.entries.length === 0),
  };
}

/** Saves the assessment on this device, replacing the entry `id` if given. */
export const saveEntry = (assessment: Assessment, id: string | undefined) =>
  save(deviceStorage(), assessment, id);

/** One saved assessment, checked against the catalogue; the notices say what loading changed. */
export function loadEntry(id: string, catalogue: readonly SelfcheckDimension[]) {
  const loaded = load(deviceStorage(), id, { catalogue });
  return loaded.ok
    ? { ok: true as const, assessment: loaded.entry.assessment, notices: loaded.notices }
    : loaded;
}

/** Deletes one saved assessment. */
export const deleteEntry = (id: string) => remove(deviceStorage(), id);

/** Deletes everything this site saved on the device, unreadable data included. */
export const deleteAll = () => removeAll(deviceStorage());
