// Small helpers for the figures the bench prints.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Median of a non-empty list of numbers. @param {number[]} values */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Bytes as kilobytes with one decimal. @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Total size and number of the files below `dir`.
 * @param {string} dir
 * @returns {{ bytes: number, files: number }}
 */
export function folderSize(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => {
      const full = path.join(dir, entry.name);
      const inner = entry.isDirectory() ? folderSize(full) : { bytes: statSync(full).size, files: 1 };
      return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
    },
    { bytes: 0, files: 0 },
  );
}
