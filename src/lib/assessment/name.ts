import type { UiKey } from '../../i18n/de';
import { t } from '../../i18n/t';

/**
 * The one rule for an assessment's name, shared by the name field (inline error before saving, exporting
 * or sharing) and by `assessmentSchema` (every import), so that the site never writes a name it would
 * refuse. A name is plain text: spaces around it are trimmed, and a blank name means „no name“.
 */

/** Longest name, in UTF-16 code units (as an HTML `maxlength` counts: an emoji counts twice). */
export const NAME_MAX_LENGTH = 80;

/** What a name may not contain, checked in this order; the first that matches gives the message. */
const forbidden: readonly { pattern: RegExp; message: UiKey }[] = [
  { pattern: /[<>]/, message: 'assessment.error.name.markup' },
  { pattern: /[\n\r\u0085\u2028\u2029]/, message: 'assessment.error.name.lineBreak' },
  { pattern: /\t/, message: 'assessment.error.name.tab' },
  { pattern: /[\u202a-\u202e\u2066-\u2069]/, message: 'assessment.error.name.bidi' },
  { pattern: /\p{Cc}/u, message: 'assessment.error.name.control' },
  { pattern: /\p{Cs}/u, message: 'assessment.error.name.surrogate' },
];

/** `U+202E` for the first character a pattern finds, so that an invisible character can be named. */
function codePointOf(text: string, pattern: RegExp): string {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The name as stored: trimmed, or `undefined` when it is blank (no name). */
export function cleanName(input: string): string | undefined {
  const name = input.trim();
  return name === '' ? undefined : name;
}

/**
 * What is wrong with a name, as one German sentence for a GOV.UK-style inline error, or `undefined` if it
 * may be used. Spaces around the name do not count; a blank name is no problem (it means no name).
 */
export function nameProblem(input: string): string | undefined {
  const name = input.trim();
  for (const { pattern, message } of forbidden) {
    if (pattern.test(name)) return t(message, { code: codePointOf(name, pattern) });
  }
  if (name.length <= NAME_MAX_LENGTH) return undefined;
  // Characters beyond U+FFFF (most emoji) take two UTF-16 units; say so, or the count looks wrong.
  const wide = /[\u{10000}-\u{10FFFF}]/u.test(name);
  return t(wide ? 'assessment.error.name.tooLongWide' : 'assessment.error.name.tooLong', {
    max: NAME_MAX_LENGTH,
    length: name.length,
  });
}
