/**
 * Timing of the live search, shared by the search panel and `scripts/bench.mjs`.
 */

/** Wait after the last keystroke before searching, so typing stays smooth. */
export const DEBOUNCE_MS = 150;

/**
 * Wait after the last keystroke before announcing the outcome to screen readers: long enough that a
 * pause between two words does not trigger it, so a typed query is announced once.
 */
export const ANNOUNCE_MS = 1000;
