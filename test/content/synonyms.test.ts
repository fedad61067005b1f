/**
 * The synonyms of search (`src/data/synonyms.yaml`): valid against their schema, every term they lead
 * to is the paper's own wording, and each user word belongs to one entry, so a reviewer reads in one
 * place what a word leads to.
 */
import { describe, expect, test } from 'vitest';
import { synonymKey } from '../../src/lib/search-synonyms';
import { synonymsSchema } from '../../src/schemas/synonyms';
import { readYaml } from '../fixtures/data';
import { paperText } from './paper';

const raw = readYaml('src/data/synonyms.yaml');
const parsed = synonymsSchema.safeParse(raw);
const entries = parsed.success ? parsed.data : [];
/** The paper in lower case, without emphasis marks, whitespace collapsed. */
const paper = paperText.replaceAll('**', '').replace(/\s+/g, ' ').toLowerCase();

test('synonyms.yaml matches its schema', () => {
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(entries.length).toBeGreaterThan(40);
});

describe('every term a synonym leads to is the paper’s wording', () => {
  test.each(entries.flatMap((entry) => entry.paper.map((term) => [term, entry.words[0] ?? ''])))(
    '„%s“ (for „%s“) occurs in the paper',
    (term) => {
      expect(paper).toContain(term.toLowerCase());
    },
  );
});

test('each user word, in any inflection, is listed in one entry only', () => {
  const owner = new Map<string, string>();
  const twice: string[] = [];
  for (const entry of entries)
    for (const word of entry.words) {
      const key = synonymKey(word);
      const first = owner.get(key);
      if (first !== undefined && first !== entry.paper.join()) twice.push(word);
      owner.set(key, entry.paper.join());
    }
  expect(twice).toEqual([]);
});
