import { ASSESSMENT_VERSION } from '../../schemas/assessment';
import { isJsonObject } from './json';

/**
 * Older versions of the assessment document and how each becomes the next one. A step only renames and
 * converts; it never validates, so every problem is reported once, by the current schema afterwards.
 *
 * Version 0 was the draft format of the first prototype, with German field names, a German date and
 * `null` for „Weiß nicht“ (it had no „Trifft nicht zu“):
 *
 * ```json
 * {
 *   "format": "mo-leitfaden-selbstcheck",
 *   "version": 0,
 *   "titel": "Amt für Integration",
 *   "datum": "25.11.2026",
 *   "antworten": { "konzept-stand": "beschlossen", "raeume-formen": null, "gelingen-wertschaetzung": 2 },
 *   "ziele": { "konzept": 3 },
 *   "gewichte": { "konzept": "hoch" }
 * }
 * ```
 */

type Document = Record<string, unknown>;

/** Importance words of version 0 and their number in version 1. */
const importanceOfVersion0: Record<string, number> = { gering: 1, mittel: 2, hoch: 3 };

/** `TT.MM.JJJJ` → `JJJJ-MM-TT`; anything else is kept for the schema to reject. */
function isoDateOf(value: unknown): unknown {
  const match = typeof value === 'string' ? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value) : null;
  return match ? `${match[3] ?? ''}-${match[2] ?? ''}-${match[1] ?? ''}` : value;
}

/** Version 0 → 1: German field names to English ones, date to ISO, `null` to `weiss-nicht`, words to numbers. */
function fromVersion0(document: Document): Document {
  const { titel, datum, antworten, ziele, gewichte, ...rest } = document;
  // `weiss-nicht` spelled out, not `UNKNOWN`: this step writes version 1, whose values are frozen.
  const answers = isJsonObject(antworten)
    ? Object.fromEntries(Object.entries(antworten).map(([id, value]) => [id, value ?? 'weiss-nicht']))
    : antworten;
  const settings = new Map<string, Record<string, unknown>>();
  const setting = (dimension: string, field: string, value: unknown): void => {
    settings.set(dimension, { ...settings.get(dimension), [field]: value });
  };
  if (isJsonObject(ziele))
    for (const [dimension, value] of Object.entries(ziele)) setting(dimension, 'target', value);
  if (isJsonObject(gewichte)) {
    for (const [dimension, value] of Object.entries(gewichte)) {
      const known = typeof value === 'string' && Object.hasOwn(importanceOfVersion0, value);
      setting(dimension, 'importance', known ? importanceOfVersion0[value] : value);
    }
  }
  return {
    ...rest,
    version: 1,
    ...(titel === undefined ? {} : { name: titel }),
    date: isoDateOf(datum),
    answers,
    settings: Object.fromEntries(settings),
  };
}

/** Steps by the version they start from. */
const steps: Record<number, (document: Document) => Document> = { 0: fromVersion0 };

/** Whether documents of this version can be read, directly or through migration. */
export const isKnownVersion = (version: unknown): version is number =>
  version === ASSESSMENT_VERSION || (typeof version === 'number' && Object.hasOwn(steps, version));

/** Brings a document of a known version up to the current version; returns a new object, the input stays. */
export function migrate(document: Document): Document {
  let current = document;
  while (current['version'] !== ASSESSMENT_VERSION) {
    const version = current['version'];
    const step = typeof version === 'number' ? steps[version] : undefined;
    if (step === undefined) throw new Error(`No migration from version ${String(version)}`);
    current = step(current);
  }
  return current;
}
