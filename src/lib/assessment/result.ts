import type { Assessment } from '../../schemas/assessment';
import type { SelfcheckDimension } from '../../schemas/selfcheck';

/** Optional knowledge the caller has about where the text comes from and which questions exist. */
export interface ParseContext {
  /** The self-check's questions: answers to others are dropped (with a notice), unfitting ones rejected. */
  catalogue?: readonly SelfcheckDimension[] | undefined;
  /** Where the text comes from, so that messages speak of „Datei“ or „Link“; default `file`. */
  source?: 'file' | 'link' | undefined;
}

/** Why an input was rejected, for callers and tests; `error` is what the user reads. */
export type ParseErrorCode =
  | 'too-large'
  | 'not-json'
  | 'csv'
  | 'foreign'
  | 'version'
  | 'forbidden-key'
  | 'invalid'
  | 'link-empty'
  | 'link-damaged';

/** The outcome of every way in: an assessment with notices for the user, or one German error message. */
export type ParseResult =
  | { ok: true; assessment: Assessment; notices: string[] }
  | { ok: false; code: ParseErrorCode; error: string };

/** A rejection with its message. */
export const failure = (code: ParseErrorCode, error: string): ParseResult => ({ ok: false, code, error });
