import type { SelfcheckDimension } from '../../schemas/selfcheck';
import { comparisonJson, type Comparison } from './document';
import { readInput } from './read';

/**
 * Where a comparison is kept: the open tab's sessionStorage (always, so reload and Back lose nothing) and, only
 * when the user asks, one saved workshop in localStorage. Both hold the workshop document of
 * `src/schemas/comparison.ts`; nothing here throws.
 */
export const TAB_KEY = 'mo-leitfaden:workshop:tab';
export const DEVICE_KEY = 'mo-leitfaden:workshop';

/** The part of the Web Storage API used here. */
export type StoreLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A Web Storage, or `undefined` where touching it throws (blocked storage, no window). */
export function storeOf(kind: 'session' | 'local'): StoreLike | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return kind === 'session' ? sessionStorage : localStorage;
  } catch {
    return undefined;
  }
}

/** What a key holds: nothing, a comparison, or something that cannot be read (left as it is). */
export type Kept = { kind: 'none' } | { kind: 'comparison'; comparison: Comparison } | { kind: 'damaged' };

/** Reads a kept comparison, checked like a loaded file. */
export function readKept(
  store: StoreLike | undefined,
  key: string,
  catalogue: readonly SelfcheckDimension[],
): Kept {
  let raw: string | null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  const read = readInput(raw, 'file', catalogue);
  return read.ok && read.kind === 'comparison'
    ? { kind: 'comparison', comparison: read.comparison }
    : { kind: 'damaged' };
}

/** Keeps a comparison under `key`; false where the browser refuses. */
export function writeKept(store: StoreLike | undefined, key: string, comparison: Comparison): boolean {
  try {
    if (store === undefined) return false;
    store.setItem(key, comparisonJson(comparison));
    return true;
  } catch {
    return false;
  }
}

/** Deletes what `key` holds, readable or not; false where the browser refuses. */
export function removeKept(store: StoreLike | undefined, key: string): boolean {
  try {
    if (store === undefined) return false;
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
