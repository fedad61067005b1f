/**
 * The fixed vocabularies of the guide: chapters, item kinds, self-check dimensions and audiences.
 * Ids are stable (they appear in URLs and exported assessments); labels are what users read, from
 * `src/i18n/de-taxonomy.ts` (imported with its extension, so the build scripts can load this file in Node).
 */
import { taxonomy as label } from '../i18n/de-taxonomy.ts';

/** Chapter ids, in the order of the source; titles live in the chapters' MDX frontmatter. */
export const chapterIds = [
  'vorwort',
  'einleitung',
  'was-sind-migrantenorganisationen',
  'warum-zusammenarbeit',
  'befragung',
  'themen',
  'bewertung',
  'schlussbetrachtung',
  'literatur',
] as const;

/** Kinds of addressable content the paper contains; singular and plural labels. */
export const itemKinds = label.kinds;

/** Dimensions of the self-check; each item serves at least one. */
export const dimensions = label.dimensions;

/**
 * Departments that answer the self-check, e.g. in a workshop: the integration office and the departments the
 * paper names when it speaks of cooperation across the administration. Ids are stored in exported assessments.
 */
export const departments = label.departments;

/** The three audiences the site serves. */
export const audiences = label.audiences;

export type ChapterId = (typeof chapterIds)[number];
export type ItemKind = keyof typeof itemKinds;
export type DimensionId = keyof typeof dimensions;
export type DepartmentId = keyof typeof departments;

/** Object.keys with the key type kept, for building zod enums and filter lists. */
export function keysOf<T extends object>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
