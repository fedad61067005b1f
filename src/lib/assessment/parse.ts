import type { UiKey } from '../../i18n/de';
import { t } from '../../i18n/t';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, assessmentSchema } from '../../schemas/assessment';
import { fitToCatalogue } from './catalogue';
import { isJsonObject, parseJsonSafely } from './json';
import { describeIssues, describeValueType, shorten } from './messages';
import { checkVersion, isKnownVersion, migrate, type VersionCheck } from './migrate';
import { cleanName } from './name';
import { failure, type ParseContext, type ParseResult } from './result';

export type { ParseContext, ParseErrorCode, ParseResult } from './result';

/** Largest input accepted, in bytes of UTF-8: a real assessment is a few kilobytes. */
export const MAX_BYTES = 1_048_576;

/** Messages that speak of a file or of a link. */
const sourced = {
  file: {
    tooLarge: 'assessment.error.file.tooLarge',
    notJson: 'assessment.error.file.notJson',
    foreign: 'assessment.error.file.foreign',
    version: 'assessment.error.file.version',
    versionType: 'assessment.error.file.versionType',
    versionMissing: 'assessment.error.file.versionMissing',
    versionUnknown: 'assessment.error.file.versionUnknown',
    forbiddenKey: 'assessment.error.file.forbiddenKey',
  },
  link: {
    tooLarge: 'assessment.error.link.tooLarge',
    notJson: 'assessment.error.link.damaged',
    foreign: 'assessment.error.link.foreign',
    version: 'assessment.error.link.version',
    versionType: 'assessment.error.link.versionType',
    versionMissing: 'assessment.error.link.versionMissing',
    versionUnknown: 'assessment.error.link.versionUnknown',
    forbiddenKey: 'assessment.error.link.forbiddenKey',
  },
} as const satisfies Record<string, Record<string, UiKey>>;

/** Whether the UTF-8 encoding is over the limit (the UTF-16 length is a lower bound, checked first). */
function exceedsLimit(text: string): boolean {
  return text.length > MAX_BYTES || new TextEncoder().encode(text).length > MAX_BYTES;
}

/** Whether a text looks like our own CSV export, which people may try to import. */
const looksLikeCsvExport = (text: string): boolean => text.startsWith(`${t('assessment.csv.dimension')};`);

/**
 * The one entry point for every way in (file, pasted link, share link): checks size, JSON, our format, the
 * version, forbidden keys and the schema, migrates older versions and, given the question catalogue, checks
 * each answer against its question. Never mutates anything; apply the result only when `ok`.
 */
export function parseAssessment(input: string, context: ParseContext = {}): ParseResult {
  const source = context.source ?? 'file';
  if (exceedsLimit(input)) return failure('too-large', t(sourced[source].tooLarge));
  const text = input.replace(/^\uFEFF/, '');
  const json = parseJsonSafely(text);
  if (json === undefined) {
    if (source === 'file' && looksLikeCsvExport(text)) return failure('csv', t('assessment.error.file.csv'));
    return failure(source === 'link' ? 'link-damaged' : 'not-json', t(sourced[source].notJson));
  }
  return checkDocument(json.value, json.forbiddenKeyIn(json.value), context);
}

/** Reads a chosen file (checking its size before reading it) and parses it. */
export async function readAssessmentFile(file: Blob, context: ParseContext = {}): Promise<ParseResult> {
  if (file.size > MAX_BYTES) return failure('too-large', t(sourced[context.source ?? 'file'].tooLarge));
  return parseAssessment(await file.text(), context);
}

/** Why a document's version cannot be read, speaking of a file or a link. */
function versionError(check: Exclude<VersionCheck, { kind: 'readable' }>, source: 'file' | 'link'): string {
  const current = ASSESSMENT_VERSION;
  switch (check.kind) {
    case 'newer':
      return t(sourced[source].version, { version: shorten(check.version) });
    case 'unknown':
      return t(sourced[source].versionUnknown, { version: shorten(check.version), current });
    case 'missing':
      return t(sourced[source].versionMissing);
    case 'wrong-type':
      return t(sourced[source].versionType, { kind: describeValueType(check.value), current });
  }
}

/** The document without a blank name: as in the name field, `""` or spaces mean „no name“. */
function withoutBlankName(document: Record<string, unknown>): Record<string, unknown> {
  const { name, ...rest } = document;
  return typeof name === 'string' && cleanName(name) === undefined ? rest : document;
}

/**
 * The checks after JSON parsing, shared with device storage (whose entries are already parsed):
 * format, version, forbidden keys, migration, schema, catalogue. The notices say what migration and the
 * catalogue changed, one complete German sentence each, in that order.
 */
export function checkDocument(
  value: unknown,
  forbiddenKey: string | undefined,
  context: ParseContext = {},
): ParseResult {
  const source = context.source ?? 'file';
  if (!isJsonObject(value) || value['format'] !== ASSESSMENT_FORMAT) {
    return failure('foreign', t(sourced[source].foreign));
  }
  const version = checkVersion(value['version'], ASSESSMENT_VERSION, isKnownVersion);
  if (version.kind !== 'readable') return failure('version', versionError(version, source));
  if (forbiddenKey !== undefined) {
    return failure('forbidden-key', t(sourced[source].forbiddenKey, { key: forbiddenKey }));
  }
  const { document, notices } = migrate(value);
  const parsed = assessmentSchema.safeParse(withoutBlankName(document));
  if (!parsed.success) return failure('invalid', describeIssues(parsed.error.issues));
  if (context.catalogue === undefined) return { ok: true, assessment: parsed.data, notices };
  return fitToCatalogue(parsed.data, context.catalogue, notices);
}
