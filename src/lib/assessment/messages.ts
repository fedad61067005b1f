import type * as z from 'zod/mini';
import { duplicateMarker } from '../../schemas/assessment';
import { dimensions } from '../../data/taxonomy';
import type { UiKey } from '../../i18n/de';
import { count, formatNumber, plural, t } from '../../i18n/t';

/** A value from a file, shortened for a message, so that a hostile file cannot flood the page. */
export function shorten(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const quote = (value: unknown): string => `„${shorten(value)}“`;

/**
 * What kind of JSON value a field holds, in words for a message, e.g. „Text („1“)“, „leeren Wert (null)“:
 * for a `version` that is not a whole number.
 */
export function describeValueType(value: unknown): string {
  if (typeof value === 'string') return t('assessment.value.text', { value: quote(value) });
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? t('assessment.value.decimal', { value: shorten(value) })
      : t('assessment.value.hugeNumber');
  }
  if (typeof value === 'boolean') return t('assessment.value.boolean', { value: String(value) });
  if (value === null) return t('assessment.value.null');
  return t(Array.isArray(value) ? 'assessment.value.list' : 'assessment.value.object');
}

const dimensionLabel = (id: PropertyKey | undefined): string =>
  typeof id === 'string' && Object.hasOwn(dimensions, id)
    ? dimensions[id as keyof typeof dimensions]
    : String(id);

/** One schema issue as a German sentence in plain words, by where in the document it is. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const [field, key, sub] = issue.path;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  switch (field) {
    case undefined:
      return keys.length > 0
        ? t('assessment.error.unknownFields', { keys: keys.map(quote).join(', ') })
        : t('assessment.error.other', { path: '' });
    case 'name':
      if (issue.code === 'custom') return issue.message;
      if (issue.code === 'too_small') return t('assessment.error.name.empty');
      if (issue.code === 'too_big') return t('assessment.error.name.tooLong');
      return t('assessment.error.name.type');
    case 'date':
      return t('assessment.error.date');
    case 'answers':
      if (key === undefined) return t('assessment.error.answers');
      if (issue.code === 'invalid_key') return t('assessment.error.questionId', { id: shorten(key) });
      if (isDuplicate(issue)) return t('assessment.error.answerDuplicate', { id: shorten(key) });
      return t('assessment.error.answer', { id: shorten(key) });
    case 'settings':
      if (key === undefined && keys.length > 0) {
        return t('assessment.error.settingsDimension', { ids: keys.map(quote).join(', ') });
      }
      if (key === undefined) return t('assessment.error.settings');
      if (sub === 'target') return t('assessment.error.target', { dimension: dimensionLabel(key) });
      if (sub === 'importance') return t('assessment.error.importance', { dimension: dimensionLabel(key) });
      return t('assessment.error.settingsFields', { dimension: dimensionLabel(key) });
    default:
      return t('assessment.error.other', { path: issue.path.map(String).join('.') });
  }
}

/** Whether an answer was rejected because a list of choices names one twice (zod reports the list's branch). */
function isDuplicate(issue: z.core.$ZodIssue): boolean {
  const inner = issue.code === 'invalid_union' ? issue.errors.flat() : [issue];
  return inner.some((candidate) => candidate.code === 'custom' && candidate.message === duplicateMarker);
}

/** The message for a document that failed the schema: the first problem, and how many more there are. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first, ...rest] = issues;
  const detail = first === undefined ? t('assessment.error.other', { path: '' }) : describeIssue(first);
  return withMore(detail, rest.length);
}

/** Wraps a detail sentence into the message „Der Selbstcheck kann nicht geladen werden. …“. */
export function withMore(detail: string, more: number): string {
  const message = t('assessment.error.invalid', { detail });
  if (more === 0) return message;
  const n = count(more, t('assessment.error.moreOne'), t('assessment.error.moreOther'));
  return `${message} ${t('assessment.error.more', { count: n })}`;
}

/** Picks the singular or plural message for a count and fills in `{count}` and any other `vars`. */
export function countMessage(n: number, one: UiKey, other: UiKey, vars: Record<string, string> = {}): string {
  return t(plural(n, one, other), { ...vars, count: formatNumber(n) });
}
