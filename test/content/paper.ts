/**
 * The paper as plain text, kept in the repository as the authority for every sentence and number, and the small
 * text helpers the content tests compare with it. Each test adds the normalisations its own comparison needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../fixtures/data';

/** Absolute path of the paper's source text. */
export const paperPath = join(projectRoot, 'source/empfehlungen-migrantenorganisationen-2023.txt');
if (!existsSync(paperPath)) throw new Error(`Source text not found at ${paperPath}.`);

/** The paper's text exactly as stored. */
export const paperText = readFileSync(paperPath, 'utf8');

/** Collapse whitespace, so line breaks, double spaces and a page break inside a sentence do not matter. */
export const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The values that occur more than once, each repetition listed. */
export const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, i) => values.indexOf(value) !== i);

/** Escapes a text for use as a literal in a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
