import type { Assessment } from '../../schemas/assessment';
import { canonical } from '../assessment/export';
import { isJsonObject, parseJsonSafely } from '../assessment/json';
import { checkDocument } from '../assessment/parse';
import type { SelfcheckDimension } from '../../schemas/selfcheck';

/**
 * The answers of the open tab, kept in sessionStorage so that a reload, Back or a same-tab link loses nothing;
 * the browser clears it when the tab closes. One key, never sent anywhere:
 *
 * ```json
 * { "version": 1, "assessment": { "format": "mo-leitfaden-selbstcheck", "version": 1, … }, "savedId": "k3x9…" }
 * ```
 *
 * `savedId` is the device-storage entry the answers were loaded from or saved as, so „Speichern“ updates it;
 * `nameDraft` (optional) is a name as typed that the name rule refuses, kept so that a reload keeps it too.
 */
export const SESSION_KEY = 'mo-leitfaden:selbstcheck:tab';

/** What the tab keeps. */
export interface TabState {
  assessment: Assessment;
  savedId: string | undefined;
  /** The name as typed, when it breaks the name rule and so is not (yet) the assessment's name. */
  nameDraft?: string | undefined;
}

/** The part of the Web Storage API used here. */
export type SessionLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's sessionStorage, or `undefined` where touching it throws. */
export function tabStorage(): SessionLike | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** What reading the tab's state found: nothing, a state, or a damaged value (which the caller reports). */
export type TabRead =
  { kind: 'none' } | { kind: 'state'; state: TabState; notices: string[] } | { kind: 'damaged' };

/** Reads the tab's answers, checked like an imported file against the catalogue. Never throws. */
export function readTab(storage: SessionLike | undefined, catalogue: readonly SelfcheckDimension[]): TabRead {
  let raw: string | null;
  try {
    raw = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  const json = parseJsonSafely(raw);
  const value = json?.value;
  if (json === undefined || !isJsonObject(value) || value['version'] !== 1) return { kind: 'damaged' };
  const document = checkDocument(value['assessment'], json.forbiddenKeyIn(value), { catalogue });
  if (!document.ok) return { kind: 'damaged' };
  const savedId = typeof value['savedId'] === 'string' ? value['savedId'] : undefined;
  const draft = value['nameDraft'];
  const nameDraft = typeof draft === 'string' ? draft.slice(0, 200) : undefined;
  return {
    kind: 'state',
    state: { assessment: document.assessment, savedId, nameDraft },
    notices: document.notices,
  };
}

/** Keeps the tab's answers; returns false where the browser refuses (then they live only in the page). */
export function writeTab(storage: SessionLike | undefined, state: TabState): boolean {
  try {
    if (storage === undefined) return false;
    const value = {
      version: 1,
      assessment: canonical(state.assessment),
      ...(state.savedId !== undefined && { savedId: state.savedId }),
      ...(state.nameDraft !== undefined && { nameDraft: state.nameDraft }),
    };
    storage.setItem(SESSION_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
