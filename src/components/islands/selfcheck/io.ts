import { fileName, toCsv, toJson } from '../../../lib/assessment/export';
import { download as saveFile } from '../../../lib/download';
import { readAssessmentFile, type ParseResult } from '../../../lib/assessment/parse';
import { decodeShareFragment, encodeShareFragment } from '../../../lib/assessment/share-link';
import type { Assessment } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';

/**
 * The island's side of files and links. Each way in goes through `parseAssessment` and yields an assessment
 * only when valid, so a failed import never touches the answers.
 */

/** The file chosen in `input`, which is emptied so that choosing the same file again is noticed. */
export function takeFile(input: HTMLInputElement): File | undefined {
  const file = input.files?.[0];
  input.value = '';
  return file;
}

/** Reads an exported JSON file. */
export function readFile(file: Blob, catalogue: readonly SelfcheckDimension[]): Promise<ParseResult> {
  return readAssessmentFile(file, { catalogue, source: 'file' });
}

/** Reads a share link: one that was pasted (the whole URL or just its fragment), or the page's own address. */
export function readLink(text: string, catalogue: readonly SelfcheckDimension[]): ParseResult {
  return decodeShareFragment(text, { catalogue, source: 'link' });
}

/** The address of this page with the answers in the fragment, which browsers never send to a server. */
export function shareUrl(assessment: Assessment): string {
  return `${location.origin}${location.pathname}${encodeShareFragment(assessment)}`;
}

/** Offers the assessment as a JSON or CSV download; returns the file name. */
export function download(
  assessment: Assessment,
  format: 'json' | 'csv',
  catalogue: readonly SelfcheckDimension[],
): string {
  const text = format === 'json' ? toJson(assessment) : toCsv(assessment, catalogue);
  const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  const name = fileName(assessment, format);
  saveFile(text, name, type);
  return name;
}
