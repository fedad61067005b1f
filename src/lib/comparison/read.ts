import { t } from '../../i18n/t';
import { tc } from '../../i18n/de-comparison';
import { COMPARISON_FORMAT, comparisonSchema } from '../../schemas/comparison';
import type { Assessment } from '../../schemas/assessment';
import type { SelfcheckDimension } from '../../schemas/selfcheck';
import { isJsonObject, parseJsonSafely } from '../assessment/json';
import { describeIssues } from '../assessment/messages';
import { checkDocument, MAX_BYTES, parseAssessment } from '../assessment/parse';
import { checkVersion } from '../assessment/migrate';
import type { Comparison, Entry } from './document';

/** What one file or link brought: a self-check, a whole comparison, or why it could not be read. */
export type Loaded =
  | { ok: true; kind: 'assessment'; assessment: Assessment; notices: string[] }
  | { ok: true; kind: 'comparison'; comparison: Comparison; notices: string[] }
  | { ok: false; error: string };

/**
 * Reads the text of a file or link: a workshop comparison (`"format": "mo-leitfaden-workshop"`), or else a
 * self-check, with every check of `parseAssessment`. An entry of a comparison is checked like an imported
 * self-check; one that cannot be read refuses the whole comparison, naming the entry.
 */
export function readInput(
  text: string,
  source: 'file' | 'link',
  catalogue: readonly SelfcheckDimension[],
): Loaded {
  if (text.trim() === '')
    return {
      ok: false,
      error: tc(source === 'file' ? 'comparison.error.empty' : 'comparison.error.emptyLink'),
    };
  if (text.length > MAX_BYTES) return { ok: false, error: t('assessment.error.file.tooLarge') };
  const bare = text.replace(/^\uFEFF/, '');
  if (source === 'file' && bare.startsWith(`${tc('comparison.csv.workshop')};`))
    return { ok: false, error: tc('comparison.error.csv') };
  const json = parseJsonSafely(bare);
  const value = json?.value;
  if (json === undefined || !isJsonObject(value) || value['format'] !== COMPARISON_FORMAT) {
    const read = parseAssessment(text, { catalogue, source });
    return read.ok
      ? { ok: true, kind: 'assessment', assessment: read.assessment, notices: read.notices }
      : read;
  }
  const version = checkVersion(value['version'], 1);
  if (version.kind === 'newer')
    return { ok: false, error: tc('comparison.error.newer', { version: version.version }) };
  if (version.kind !== 'readable') return { ok: false, error: tc('comparison.error.version') };
  const key = json.forbiddenKeyIn(value);
  if (key !== undefined) return { ok: false, error: t('assessment.error.file.forbiddenKey', { key }) };
  const envelope = comparisonSchema.safeParse(value);
  if (!envelope.success) return { ok: false, error: describeIssues(envelope.error.issues) };
  const entries: Entry[] = [];
  const notices: string[] = [];
  for (const entry of envelope.data.entries) {
    const read = checkDocument(entry.assessment, undefined, { catalogue, source });
    if (!read.ok)
      return { ok: false, error: tc('comparison.error.entry', { label: entry.label, error: read.error }) };
    entries.push({ id: entry.id, label: entry.label, assessment: read.assessment, notices: read.notices });
    notices.push(...read.notices.map((notice) => `„${entry.label}“: ${notice}`));
  }
  const ids = new Set(entries.map((entry) => entry.id));
  if (ids.size !== entries.length) return { ok: false, error: tc('comparison.error.duplicateIds') };
  const { title, date, marks, actions } = envelope.data;
  // Marks of entries that are not in the comparison would count departments that are not there.
  const known = Object.fromEntries(
    Object.entries(marks).map(([item, by]) => [item, by.filter((id) => ids.has(id))]),
  );
  return {
    ok: true,
    kind: 'comparison',
    comparison: { title, date, entries, marks: known, actions },
    notices,
  };
}
