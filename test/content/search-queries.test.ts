/**
 * The relevance test set of search (`test/fixtures/search-queries.yaml`): at least 40 queries from all
 * three audiences and of every style, each quoting the paper verbatim. That the quoted records exist and
 * that search finds them is checked against the build (`test/e2e/search-relevance.spec.ts`).
 */
import { describe, expect, test } from 'vitest';
import { loadSearchQueries, searchQuerySchema } from '../fixtures/search-queries';
import { paperText } from './paper';

const queries = loadSearchQueries();
/** The paper without emphasis marks, whitespace collapsed. */
const paper = paperText
  .replaceAll('**', '')
  .replaceAll('*Migrantenorganisationen*', 'Migrantenorganisationen')
  .replace(/\s+/g, ' ');

test('has at least 40 queries, from each audience and of each style, none twice', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  for (const audience of searchQuerySchema.shape.audience.options)
    expect(queries.filter((entry) => entry.audience === audience).length, audience).toBeGreaterThanOrEqual(
      10,
    );
  for (const style of searchQuerySchema.shape.style.options)
    expect(
      queries.some((entry) => entry.style === style),
      style,
    ).toBe(true);
  expect(new Set(queries.map((entry) => entry.query)).size).toBe(queries.length);
});

describe('each query quotes the paper verbatim', () => {
  test.each(queries.map((entry) => [entry.query, entry.quote]))('„%s“', (_, quote) => {
    expect(paper).toContain(quote.replace(/\s+/g, ' '));
  });
});
