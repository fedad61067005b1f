import { t } from '../../i18n/t';
import type { Assessment } from '../../schemas/assessment';
import { fromBase64Url, toBase64Url } from './base64url';
import { canonical } from './export';
import { MAX_BYTES, parseAssessment } from './parse';
import { failure, type ParseContext, type ParseResult } from './result';

/**
 * Share links carry the whole assessment in the URL fragment, which browsers never send to a server:
 * `https://…/selbstcheck/#s=<base64url of the UTF-8 JSON>`. A full assessment is 1–3 KB of JSON, so the
 * link stays well below the length browsers, mail and chat programs handle; it is not compressed.
 * A future compressed form would get a parameter of its own (e.g. `#z=`), so `#s=` links keep working.
 */

/** Name of the fragment parameter. */
const parameter = 's';

/** The fragment of a share link, `#s=…`, for the assessment in its canonical form (same answers, same link). */
export function encodeShareFragment(assessment: Assessment): string {
  const json = JSON.stringify(canonical(assessment));
  return `#${parameter}=${toBase64Url(new TextEncoder().encode(json))}`;
}

/**
 * Reads the assessment from a pasted link (`https://…#s=…`), a location hash (`#s=…`) or just `s=…`, and
 * checks it like an imported file. Line breaks that mail programs put into long links are ignored.
 */
export function decodeShareFragment(hashOrUrl: string, context: ParseContext = {}): ParseResult {
  const text = hashOrUrl.trim();
  const hash = text.indexOf('#');
  const fragment = hash === -1 ? (text.startsWith(`${parameter}=`) ? text : '') : text.slice(hash + 1);
  const value = fragment
    .split('&')
    .find((part) => part.startsWith(`${parameter}=`))
    ?.slice(parameter.length + 1)
    .replace(/\s+/g, '');
  if (value === undefined || value === '') return failure('link-empty', t('assessment.error.link.empty'));
  if (value.length > Math.ceil(MAX_BYTES / 3) * 4)
    return failure('too-large', t('assessment.error.link.tooLarge'));
  const bytes = fromBase64Url(value);
  let json: string;
  try {
    if (bytes === undefined) throw new TypeError('not base64url');
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('link-damaged', t('assessment.error.link.damaged'));
  }
  return parseAssessment(json, { ...context, source: 'link' });
}
