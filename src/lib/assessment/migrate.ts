import { t } from '../../i18n/t';
import { ASSESSMENT_VERSION } from '../../schemas/assessment';
import { isJsonObject } from './json';
import { countMessage } from './messages';

/**
 * Older versions of the assessment document and how each becomes the next one. A step only renames and
 * converts; it never validates, so every problem is reported once, by the current schema afterwards.
 * Each step says in notices what it converted that a reader might not expect (complete German sentences).
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

/** A document brought up to the current version, with what that changed, for the user. */
export interface Migrated {
  /** The document in the current version (not yet checked by the schema). */
  document: Document;
  /** What migration did, one German sentence each; empty if the document was current already. */
  notices: string[];
}

/** One step: the next version, and whether it changed what the document says (then the user is told). */
interface Step {
  migrate: (document: Document) => Migrated;
  /** False for a step that only adds what the older version could not say (version 1 → 2: the department). */
  changes: boolean;
}

/** Importance words of version 0 and their number in version 1. */
const importanceOfVersion0: Record<string, number> = { gering: 1, mittel: 2, hoch: 3 };

/** `TT.MM.JJJJ` → `JJJJ-MM-TT`; anything else is kept for the schema to reject. */
function isoDateOf(value: unknown): unknown {
  const match = typeof value === 'string' ? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value) : null;
  return match ? `${match[3] ?? ''}-${match[2] ?? ''}-${match[1] ?? ''}` : value;
}

/** Version 0 → 1: German field names to English ones, date to ISO, `null` to `weiss-nicht`, words to numbers. */
function fromVersion0(document: Document): Migrated {
  const { titel, datum, antworten, ziele, gewichte, ...rest } = document;
  const notices: string[] = [];
  // `weiss-nicht` spelled out, not `UNKNOWN`: this step writes version 1, whose values are frozen.
  const answers = isJsonObject(antworten)
    ? Object.fromEntries(Object.entries(antworten).map(([id, value]) => [id, value ?? 'weiss-nicht']))
    : antworten;
  const nulls = isJsonObject(antworten)
    ? Object.values(antworten).filter((value) => value === null).length
    : 0;
  if (nulls > 0) {
    notices.push(
      countMessage(nulls, 'assessment.notice.version0.unknownOne', 'assessment.notice.version0.unknownOther'),
    );
  }
  let wordsConverted = false;
  const settings = new Map<string, Record<string, unknown>>();
  const setting = (dimension: string, field: string, value: unknown): void => {
    settings.set(dimension, { ...settings.get(dimension), [field]: value });
  };
  if (isJsonObject(ziele))
    for (const [dimension, value] of Object.entries(ziele)) setting(dimension, 'target', value);
  if (isJsonObject(gewichte)) {
    for (const [dimension, value] of Object.entries(gewichte)) {
      const known = typeof value === 'string' && Object.hasOwn(importanceOfVersion0, value);
      wordsConverted ||= known;
      setting(dimension, 'importance', known ? importanceOfVersion0[value] : value);
    }
  }
  if (wordsConverted) notices.push(t('assessment.notice.version0.importance'));
  return {
    document: {
      ...rest,
      // Version 1, frozen: the next step takes it on.
      version: 1,
      ...(titel === undefined ? {} : { name: titel }),
      date: isoDateOf(datum),
      answers,
      settings: Object.fromEntries(settings),
    },
    notices,
  };
}

/** Version 1 → 2: the same document; version 2 can also say which department answered. */
function fromVersion1(document: Document): Migrated {
  return { document: { ...document, version: 2 }, notices: [] };
}

/** Steps by the version they start from. */
const steps: Record<number, Step> = {
  0: { migrate: fromVersion0, changes: true },
  1: { migrate: fromVersion1, changes: false },
};

/** Whether documents of this version can be read, directly or through migration. */
export const isKnownVersion = (version: unknown): version is number =>
  version === ASSESSMENT_VERSION || (typeof version === 'number' && Object.hasOwn(steps, version));

/**
 * Brings a document of a known version up to the current version; returns a new object, the input stays.
 * The notices start with one naming the version migrated from, then each step's own.
 */
export function migrate(document: Document): Migrated {
  const from = document['version'];
  const notices: string[] = [];
  let changed = false;
  let current = document;
  while (current['version'] !== ASSESSMENT_VERSION) {
    const version = current['version'];
    const step = typeof version === 'number' ? steps[version] : undefined;
    if (step === undefined) throw new Error(`No migration from version ${String(version)}`);
    const next = step.migrate(current);
    changed ||= step.changes;
    notices.push(...next.notices);
    current = next.document;
  }
  if (!changed) return { document: current, notices };
  const migrated = t('assessment.notice.migrated', { version: String(from), current: ASSESSMENT_VERSION });
  return { document: current, notices: [migrated, ...notices] };
}

/** How a document (or the store) states its version, judged against the current one. */
export type VersionCheck =
  /** The current version, or one that can be migrated. */
  | { kind: 'readable'; version: number }
  /** A whole number above the current version: written by a newer release of the site. */
  | { kind: 'newer'; version: number }
  /** A whole number at or below the current version that never existed (e.g. -1). */
  | { kind: 'unknown'; version: number }
  /** No `version` at all. */
  | { kind: 'missing' }
  /** Not a whole number: text, `null`, `true`, `1.5`, a list, an object. */
  | { kind: 'wrong-type'; value: unknown };

/**
 * Judges a `version` value: only a whole number above `current` is „newer“; a value of the wrong type gets
 * its own kind, so that „1“ (text) is not mistaken for a newer version.
 */
export function checkVersion(
  value: unknown,
  current: number,
  readable: (version: number) => boolean = (version) => version === current,
): VersionCheck {
  if (value === undefined) return { kind: 'missing' };
  if (typeof value !== 'number' || !Number.isInteger(value)) return { kind: 'wrong-type', value };
  if (readable(value)) return { kind: 'readable', version: value };
  return { kind: value > current ? 'newer' : 'unknown', version: value };
}
