/** Keys that could reach an object's prototype if a later spread or merge copied them. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Parsed JSON whose forbidden keys have been removed, with a way to ask where they were. */
export interface SafeJson {
  /** The parsed value, without any forbidden key. */
  value: unknown;
  /** The first forbidden key found anywhere inside `node` (a value from `value`), if any. */
  forbiddenKeyIn: (node: unknown) => string | undefined;
}

/**
 * Parses JSON text without letting `__proto__`, `constructor` or `prototype` reach any object: the reviver
 * sees every key after unescaping (so `"__pr\u006fto__"` is caught too) and drops it, and marks the object
 * that held it and every object around that one, so callers can reject a whole document or a single entry.
 * Returns `undefined` if the text is not JSON (or nests too deep to revive).
 */
export function parseJsonSafely(text: string): SafeJson | undefined {
  const tainted = new WeakMap<object, string>();
  const mark = (holder: unknown, key: string): void => {
    if (typeof holder === 'object' && holder !== null && !tainted.has(holder)) tainted.set(holder, key);
  };
  // JSON.parse calls the reviver bottom-up with the holding object as `this`.
  function reviver(this: unknown, key: string, value: unknown): unknown {
    if (forbiddenKeys.has(key) && !Array.isArray(this)) {
      mark(this, key);
      return undefined;
    }
    if (typeof value === 'object' && value !== null) {
      const inner = tainted.get(value);
      if (inner !== undefined) mark(this, inner);
    }
    return value;
  }
  try {
    const value: unknown = JSON.parse(text, reviver);
    return {
      value,
      forbiddenKeyIn: (node) => (typeof node === 'object' && node !== null ? tainted.get(node) : undefined),
    };
  } catch {
    // SyntaxError, or RangeError for absurdly deep nesting: either way not a document we can read.
    return undefined;
  }
}

/**
 * Parses JSON text as it is, forbidden keys included (as own properties: `JSON.parse` never sets a
 * prototype). Only for keeping data unchanged: a value from here may be stored back with `JSON.stringify`,
 * but never spread, merged or read field by field. Returns `undefined` if the text is not JSON.
 */
export function parseJsonVerbatim(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether a value is a plain JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
