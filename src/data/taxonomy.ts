/**
 * The fixed vocabularies of the guide: chapters, item kinds, self-check dimensions and audiences.
 * Ids are stable (they appear in URLs and exported assessments); labels are what users read.
 */

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
export const itemKinds = {
  empfehlung: { one: 'Empfehlung', many: 'Empfehlungen' },
  hinweis: { one: 'Hinweis', many: 'Hinweise' },
  beispiel: { one: 'Beispiel', many: 'Beispiele' },
  gelingensfaktor: { one: 'Gelingensfaktor', many: 'Gelingensfaktoren' },
  hindernis: { one: 'Hindernis', many: 'Hindernisse' },
  reflexionsfrage: { one: 'Reflexionsfrage', many: 'Reflexionsfragen' },
} as const;

/** Dimensions of the self-check; each item serves at least one. */
export const dimensions = {
  konzept: 'Konzept',
  personal: 'Stellenbeschreibung und Personalressourcen',
  foerderung: 'Förderformen und Budget',
  raeume: 'Räume',
  qualifizierung: 'Qualifizierung und Beratung',
  gremien: 'Gremien und Arbeitskreise',
  themen: 'Themen des Austauschs',
  formen: 'Formen der Zusammenarbeit',
  verwaltung: 'Zusammenarbeit über das Integrationsressort hinaus',
  gelingen: 'Gelingensfaktoren',
} as const;

/**
 * Departments that answer the self-check, e.g. in a workshop: the integration office and the departments the
 * paper names when it speaks of cooperation across the administration. Ids are stored in exported assessments.
 */
export const departments = {
  integration: 'Integration (Integrationsbeauftragte, Fachstelle für Integration)',
  jugend: 'Jugend, Erziehung, Bildung',
  kultur: 'Kultur',
  soziales: 'Soziales, Gesundheit, Seniorenarbeit',
  stadtplanung: 'Stadtplanung und Quartiersentwicklung',
  wirtschaft: 'Arbeits- und Wirtschaftsförderung',
  sport: 'Sport',
  andere: 'Ein anderer Fachbereich',
} as const;

/** The three audiences the site serves. */
export const audiences = {
  kommune: 'Integrationsbeauftragte und Verwaltung',
  moderation: 'Moderation von Workshops',
  mo: 'Migrantenorganisationen',
} as const;

export type ChapterId = (typeof chapterIds)[number];
export type ItemKind = keyof typeof itemKinds;
export type DimensionId = keyof typeof dimensions;
export type DepartmentId = keyof typeof departments;

/** Object.keys with the key type kept, for building zod enums and filter lists. */
export function keysOf<T extends object>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}
