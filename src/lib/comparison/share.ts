import { formatNumber, t } from '../../i18n/t';
import { tc } from '../../i18n/de-comparison';
import type { SelfcheckDimension } from '../../schemas/selfcheck';
import { fromBase64Url, toBase64Url } from '../assessment/base64url';
import { MAX_BYTES } from '../assessment/parse';
import { comparisonDocument, type Comparison } from './document';
import { readInput, type Loaded } from './read';

/**
 * A workshop's whole comparison in one link: `…/workshop/vergleich/#w=<base64url of the deflated JSON>`. The part
 * after „#“ never reaches a server. Compressed with the browser's own CompressionStream („deflate-raw“), so ten
 * departments' self-checks fit in a few kilobytes.
 */

/** Name of the fragment parameter. */
const parameter = 'w';

/**
 * The longest link the site writes: browsers accept far longer addresses, but mail programs, chat tools and
 * form fields of office software cut them; beyond this the page offers the file instead.
 */
export const MAX_LINK_LENGTH = 16_000;

/** Runs bytes through a (de)compression stream; more than `limit` bytes out stops it (a decompression bomb). */
async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The result of making a link: the fragment, or why there is none. */
export type Encoded = { ok: true; fragment: string } | { ok: false; error: string };

/** The fragment `#w=…` for the comparison, or a refusal when the link would be longer than `MAX_LINK_LENGTH`. */
export async function encodeComparison(comparison: Comparison, base: string): Promise<Encoded> {
  const json = new TextEncoder().encode(JSON.stringify(comparisonDocument(comparison)));
  const fragment = `#${parameter}=${toBase64Url(await transform(json, new CompressionStream('deflate-raw')))}`;
  const length = base.length + fragment.length;
  if (length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      error: tc('comparison.error.linkTooLong', { length: formatNumber(length) }),
    };
  }
  return { ok: true, fragment };
}

/** Whether a text (an address or a pasted link) carries a comparison. */
export const isComparisonLink = (text: string): boolean => /#(?:.*&)?w=/.test(text);

/** Reads a comparison link (`…#w=…`); a broken one gets a German message, never an exception. */
export async function decodeComparison(
  text: string,
  catalogue: readonly SelfcheckDimension[],
): Promise<Loaded> {
  const value = text
    .slice(text.indexOf('#') + 1)
    .split('&')
    .find((part) => part.startsWith(`${parameter}=`))
    ?.slice(parameter.length + 1)
    .replace(/\s+/g, '');
  if (value === undefined || value === '') return { ok: false, error: tc('comparison.error.emptyLink') };
  if (value.length > MAX_LINK_LENGTH * 2) return { ok: false, error: t('assessment.error.link.tooLarge') };
  const bytes = fromBase64Url(value);
  try {
    if (bytes === undefined) throw new TypeError('not base64url');
    const inflated = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_BYTES);
    return readInput(new TextDecoder('utf-8', { fatal: true }).decode(inflated), 'link', catalogue);
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof RangeError
          ? t('assessment.error.link.tooLarge')
          : tc('comparison.error.linkDamaged'),
    };
  }
}
