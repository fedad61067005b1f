/**
 * Data of the start page, the audience pages and the reference pages: the figures they show exist in
 * figures.yaml (test/e2e/ways-in.spec.ts checks the built pages show them with these values), the readiness
 * check is a valid self-check question list pointing to real items, the glossary quotes the paper verbatim and
 * explains the self-check's levels in the self-check's own words, and every chapter has a plain-language summary.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { keyFindingIds, supportFigureIds } from '../../src/data/key-findings';
import { isPlaceholder, siteConfig } from '../../src/data/site-config';
import { termMatcher } from '../../src/lib/glossary-terms';
import { glossarySchema, type GlossaryEntry } from '../../src/schemas/glossary';
import { readinessSchema } from '../../src/schemas/readiness';
import { chapterSchema } from '../../src/schemas/chapter';
import { t } from '../../src/i18n/t';
import { loadFigures, loadItems, loadSelfcheck, readYaml } from '../fixtures/data';
import { chapterFileIds, split } from './chapter-files';
import { norm, paperText } from './paper';

const figureIds = new Set(loadFigures().map((f) => f.id));
const itemIds = new Set(loadItems().map((i) => i.id));
/** The paper without emphasis marks and with whitespace collapsed, for verbatim checks. */
const paper = paperText
  .replaceAll('**', '')
  .replaceAll('*Migrantenorganisationen*', 'Migrantenorganisationen')
  .replace(/\s+/g, ' ');

describe('figures on the start page and the page for migrant organisations', () => {
  test.each([...keyFindingIds])('start page figure „%s“ exists in figures.yaml', (id) => {
    expect(figureIds.has(id)).toBe(true);
  });

  test.each(Object.values(supportFigureIds).flat())('support figure „%s“ exists in figures.yaml', (id) => {
    expect(figureIds.has(id)).toBe(true);
  });
});

describe('the readiness check (src/data/readiness.yaml)', () => {
  const raw = readYaml('src/data/readiness.yaml');

  test('matches the self-check question schema', () => {
    expect(readinessSchema.safeParse(raw).error?.issues ?? []).toEqual([]);
  });

  // Parsed leniently here, so that a schema violation fails the schema test above with its issues listed.
  const questions = readinessSchema.safeParse(raw).data?.questions ?? [];

  test('question ids are unique', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(questions.map((q) => [q.id, q] as const))(
    '„%s“ recommends only existing items and quotes the paper in its help text',
    (_, question) => {
      const recommended = question.kind === 'rating' ? question.recommendations : [];
      expect(recommended.length).toBeGreaterThan(0);
      for (const id of recommended) expect(itemIds.has(id), id).toBe(true);
      const quoted = /„(.+)“/.exec(question.help)?.[1];
      expect(quoted).toBeDefined();
      expect(paper.includes(norm(quoted ?? '')), quoted).toBe(true);
    },
  );
});

describe('the glossary (src/data/glossary.yaml)', () => {
  const raw = readYaml('src/data/glossary.yaml');

  test('matches its schema', () => {
    expect(glossarySchema.safeParse(raw).error?.issues ?? []).toEqual([]);
  });

  // Parsed leniently here, so that a schema violation fails the schema test above with its issues listed.
  const entries: GlossaryEntry[] = glossarySchema.safeParse(raw).data ?? [];

  test('ids are unique and terms are in alphabetical order', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const terms = entries.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'de')));
  });

  test.each(entries.filter((e) => e.quote).map((e) => [e.id, e.quote ?? ''] as const))(
    '„%s“ quotes the paper verbatim',
    (_, quote) => {
      expect(paper.includes(norm(quote)), quote).toBe(true);
    },
  );

  const linked = entries.filter((e) => e.linked);
  const findTerms = termMatcher(linked);
  test.each(linked.map((e) => [e.id]))(
    '„%s“ is found in the paper, so pages can link its first use',
    (id) => {
      const others = new Set(linked.map((e) => e.id).filter((other) => other !== id));
      expect(findTerms(paper, others).map((use) => use.id)).toEqual([id]);
    },
  );

  test.each(entries.filter((e) => !e.linked).map((e) => [e.id, e] as const))(
    '„%s“ is a word of this site, not of the paper: explained by the editors, never linked from the text',
    (_, entry) => {
      expect(entry.quote).toBeUndefined();
      expect(entry.explanation?.length ?? 0).toBeGreaterThan(100);
      expect(entry.source).toEqual({ page: 'selbstcheck' });
    },
  );

  test.each([
    'asymmetrie',
    'dachverband',
    'empowerment',
    'hauptamt-ehrenamt',
    'hearing',
    'house-of-resources',
    'institutionelle-foerderung',
    'migrantenorganisation',
    'migrationsbeirat',
    'postmigrantisch',
    'stufe',
    'traeger-der-freien-jugendhilfe',
  ])('defines „%s“', (id) => {
    expect(entries.map((e) => e.id)).toContain(id);
  });

  test('explains the self-check’s levels in the words the result uses', () => {
    const stufe = entries.find((e) => e.id === 'stufe')?.explanation ?? '';
    const decided = loadSelfcheck().find((dimension) => dimension.decidedBy !== undefined);
    const top = decided?.levels[3]?.label ?? '';
    // „Stufe 3 von 3: Von einem Gremium beschlossen“, as the result names a level its deciding answer gives.
    expect(stufe).toContain(t('selbstcheck.levelDecided', { level: 3, label: top }));
    // The mean is shown as a number, as the result shows it, and said never to be a level.
    const mean = t('selbstcheck.levelMean', { mean: '1,5', answers: '' }).split(' aus ')[0] ?? '';
    expect(mean).toBe('Mittelwert 1,5 von 3');
    expect(stufe).toContain(`„${mean}“`);
    expect(stufe).toMatch(/nie als Stufe/);
    expect(loadSelfcheck().some((dimension) => dimension.decidedBy === undefined)).toBe(true);
  });
});

describe('chapters', () => {
  test.each(chapterFileIds.map((id) => [`${id}.mdx`, id]))('%s has a plain-language summary', (_, id) => {
    const data = chapterSchema.parse(parse(split(id).frontmatter));
    expect(data.summary?.length ?? 0).toBeGreaterThan(50);
  });
});

describe('site configuration', () => {
  test('every shipped value is a visible placeholder, except the statement date', () => {
    const { statementDate, address, ...rest } = siteConfig;
    expect(statementDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const value of [...address, ...Object.values(rest)]) expect(isPlaceholder(value), value).toBe(true);
  });
});
