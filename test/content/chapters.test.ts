import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter';
import { chapterIds } from '../../src/data/taxonomy';
import { chapterFileIds, split } from './chapter-files';

/** The body without JSX attribute values and HTML, so only Markdown text is left to inspect. */
const markdownLines = (body: string): string[] =>
  body.split('\n').filter((line) => !line.trimStart().startsWith('<'));

const PART = 'Ergebnisse der Befragung aus dem Qualitätszirkel';

/** The chapter headings of the paper, in its order. */
const titles = [
  'Vorwort',
  'Einleitung',
  'Was sind Migrantenorganisationen?',
  'Warum arbeiten kommunale Stellen mit Migrantenorganisationen zusammen?',
  PART,
  'Zu welchen Themen arbeiten Kommunen mit Migrantenorganisationen zusammen?',
  'Wie bewerten die Integrationsbeauftragten die Zusammenarbeit?',
  'Schlussbetrachtung',
  'Literatur',
];

describe('the chapter files', () => {
  test('are exactly one MDX file per chapter of the taxonomy', () => {
    expect([...chapterFileIds].sort()).toEqual([...chapterIds].sort());
  });

  test.each(chapterIds.map((id, index) => ({ id, place: index + 1, title: titles[index] })))(
    '$id, chapter $place of the paper, has valid frontmatter and the title „$title“',
    ({ id, title }) => {
      const data = chapterSchema.parse(parse(split(id).frontmatter));
      expect(data.title).toBe(title);
    },
  );

  test.each(chapterIds)('%s belongs to the survey results exactly when it is a sub-chapter of them', (id) => {
    const data = chapterSchema.parse(parse(split(id).frontmatter));
    expect(data.part).toBe(id === 'themen' || id === 'bewertung' ? 'befragung' : undefined);
  });

  test.each(chapterIds)('%s has a short navigation title wherever the title is long', (id) => {
    const data = chapterSchema.parse(parse(split(id).frontmatter));
    if (data.title.length > 40) expect(data.navTitle?.length ?? Infinity).toBeLessThanOrEqual(30);
  });
});

describe.each(chapterIds)('the body of %s', (id) => {
  const { body } = split(id);
  const headings = body
    .split('\n')
    .map((line) => /^(#+) /.exec(line)?.[1]?.length)
    .filter((level): level is number => level !== undefined);

  test('does not repeat the title as a first-level heading and never skips a heading level', () => {
    let previous = 1;
    for (const level of headings) {
      expect(level).toBeGreaterThanOrEqual(2);
      expect(level).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  test('escapes every gender star, so that it cannot turn into emphasis', () => {
    const unescaped = markdownLines(body).filter((line) => /(?<!\\)\*(?=innen)/u.test(line));
    expect(unescaped).toEqual([]);
  });

  test('uses the components the page provides without importing anything', () => {
    expect(body).not.toMatch(/^(import|export) /m);
    const components = [...body.matchAll(/<([A-Z]\w*)/g)].map((match) => match[1]);
    expect(components.filter((name) => !['Items', 'Figures', 'Quote'].includes(name ?? ''))).toEqual([]);
  });

  test('has no characters MDX would read as code: braces or stray angle brackets in text', () => {
    expect(markdownLines(body).filter((line) => /[{}<>]/.test(line))).toEqual([]);
  });
});

describe('the definition in „Was sind Migrantenorganisationen?“', () => {
  const { body } = split('was-sind-migrantenorganisationen');

  test('quotes the SVR twice, with the attribution in the source attribute', () => {
    expect([...body.matchAll(/<Quote source="([^"]+)">/g)].map((match) => match[1])).toEqual([
      'SVR 2020:9',
      'SVR 2020 (ebd.)',
    ]);
    expect(markdownLines(body).join('\n')).not.toMatch(/\(SVR 2020:9\)|\(ebd\.\)/);
  });

  test('shows the Preißler matrix as a table with captions and header scopes', () => {
    expect(body).toContain('<caption>Zielsetzungen von MSO (Matrix nach Claus Preißler)</caption>');
    expect([...body.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((match) => match[1])).toEqual([
      'Handlungsorientierung nach Innen',
      'Handlungsorientierung nach Außen',
    ]);
    expect([...body.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((match) => match[1])).toEqual([
      'Explizite Zwecke',
      'Implizite Zwecke',
    ]);
    expect(body.match(/<td>\s*<ul>/g)).toHaveLength(4);
  });
});

describe('the Vorwort', () => {
  const { body } = split('vorwort');

  test('has the footnote as a GFM footnote with its reference and definition', () => {
    expect(body).toMatch(/zu positionieren\.\[\^1\]/);
    expect(body).toMatch(/^\[\^1\]: Siehe dazu: /m);
    expect(body).not.toContain('¹');
  });
});
