/**
 * Every number of the survey a built page states in its own words agrees with `src/data/figures.yaml`: „n von 32“
 * is a count figure of n out of 32, „die 32 befragten Kommunen“ the number of responses, „23 davon“ a count. A
 * page that writes a number as a literal, and lets it drift from the data, fails here. The paper's own sentences
 * (a text block found word for word in the source) are left out: the completeness test compares them with the
 * paper, and the figures come from them. Besides the pages, the self-check's data and the scripts' texts count
 * (the self-check's result table, for one, is drawn in the browser).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import type { Figure } from '../../src/schemas/figure';
import { norm, paperText } from '../content/paper';
import { distDir, pageFile, sitePages, walkFiles } from '../e2e/site';
import { loadFigures } from '../fixtures/data';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

/** One number a text states, and why it disagrees with the data (or `undefined` when it agrees). */
interface Statement {
  text: string;
  problem: string | undefined;
}

const paper = norm(paperText.replaceAll('**', '').replaceAll('*', ''));

/** Block elements whose text is one statement; nested blocks are read on their own. */
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'caption',
  'figcaption',
  'summary',
  'h1',
  'h2',
  'h3',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'svg']);

/** The text blocks of an HTML page, whitespace collapsed, each block without the blocks inside it. */
function textBlocks(html: string): string[] {
  const blocks: string[] = [];
  const visit = (node: Node): string => {
    const tag = 'tagName' in node ? node.tagName : '';
    if (SKIPPED.has(tag)) return '';
    if (node.nodeName === '#text' && 'value' in node) return node.value;
    const inner = 'childNodes' in node ? node.childNodes.map(visit).join('') : '';
    if (!BLOCKS.has(tag)) return inner;
    if (norm(inner) !== '') blocks.push(norm(inner));
    return ' ';
  };
  visit(parse(html));
  return blocks;
}

/** Checks each survey number a text block states against the figures. */
function statements(blocks: readonly string[], figures: readonly Figure[]): Statement[] {
  const counts = figures.flatMap((figure) => (figure.value.type === 'count' ? [figure.value] : []));
  const responses = figures.find((figure) => figure.id === 'befragung-rueckmeldungen')?.value;
  if (responses?.type !== 'count') throw new Error('figures.yaml: befragung-rueckmeldungen is missing');
  const respondents = responses.value;
  const found: Statement[] = [];
  for (const block of blocks) {
    if (paper.includes(block)) continue;
    // „23 von 32 Kommunen“, „24 der 32 Fachbereiche“: a count figure of that value out of all respondents.
    for (const [text, value = '', of = ''] of block.matchAll(/\b(\d+) (?:von|der) (\d+)\b/g)) {
      if (Number(of) !== respondents) continue;
      // The self-check's standings also name those a figure does not count (32 − its value), marked derived.
      const known = counts.some(
        (count) => count.of === respondents && [count.value, count.of - count.value].includes(Number(value)),
      );
      found.push({ text, problem: known ? undefined : `no figure counts ${value} of ${of}` });
    }
    // „die 32 befragten Kommunen“, „Befragung von 32 Kommunen“, „32 Kommunen haben bei einer Umfrage“.
    for (const [text, a, b, c] of block.matchAll(
      /\b(\d+) befragten\b|\bBefragung von (\d+)\b|\b(\d+) Kommunen haben (?:bei|an) einer Umfrage\b/g,
    )) {
      const value = Number(a ?? b ?? c);
      found.push({
        text,
        problem:
          value === respondents ? undefined : `${String(value)} is not the ${String(respondents)} responses`,
      });
    }
    // „23 davon“: one of the counts.
    for (const [text, value = ''] of block.matchAll(/\b(\d+) davon\b/g)) {
      const known = counts.some((count) => count.value === Number(value));
      found.push({ text, problem: known ? undefined : `no figure counts ${value}` });
    }
  }
  return found;
}

const figures = loadFigures();
const pageStatements = (page: string) =>
  statements(textBlocks(readFileSync(pageFile(page), 'utf8')), figures);

describe('the check of survey numbers', () => {
  test.each([
    ['Vergleichen Sie sich mit den 33 befragten Kommunen.', '33 is not the 32 responses'],
    ['In 27 von 32 Kommunen sitzen Vertretungen in Gremien.', 'no figure counts 27 of 32'],
    ['32 Kommunen haben bei einer Umfrage mitgemacht. 22 davon haben ein Konzept.', 'no figure counts 22'],
  ])('finds the drifted number in „%s“', (block, problem) => {
    expect(statements([block], figures).map((statement) => statement.problem)).toContain(problem);
  });

  test('accepts numbers the figures state and skips the paper’s own sentences', () => {
    const blocks = [
      'In 28 von 32 Kommunen sitzen Vertreter von Migranten-Organisationen in Arbeits-Gremien der Kommune.',
      'Dennoch wenden 24 der 32 Fachbereiche für Integration mehr als 11% ihrer Personalressourcen für die Zusammenarbeit mit Migrantenorganisationen auf – 13 über 25% und 11 zwischen 11% und 25%.',
    ];
    expect(statements(blocks, figures)).toEqual([{ text: '28 von 32', problem: undefined }]);
  });
});

describe('numbers on the built pages', () => {
  test.each(sitePages())('/%s states only numbers the figures have', (page) => {
    expect(pageStatements(page).filter((statement) => statement.problem !== undefined)).toEqual([]);
  });

  test.each(['', 'fuer-integrationsbeauftragte/', 'einfache-sprache/', 'selbstcheck/'])(
    '/%s names the number of responding municipalities',
    (page) => {
      expect(pageStatements(page).length).toBeGreaterThan(0);
    },
  );

  test('the Einfache-Sprache page states how many have a concept', () => {
    expect(pageStatements('einfache-sprache/').map((statement) => statement.text)).toContain('23 davon');
  });
});

describe('numbers in the self-check’s data and the scripts’ texts', () => {
  const files = walkFiles(
    distDir,
    (file) =>
      file.endsWith('.json') || (file.endsWith('.js') && file.includes(`${path.sep}_astro${path.sep}`)),
  ).filter((file) => !file.includes(`${path.sep}pagefind${path.sep}`));

  test('are read', () => {
    expect(files.some((file) => file.endsWith('selbstcheck.json'))).toBe(true);
  });

  test.each(files.map((file) => [path.relative(distDir, file), file]))('%s', (_, file) => {
    const strings = [
      ...readFileSync(file, 'utf8').matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`]*)`/g),
    ].map(([, a, b, c]) => norm(a ?? b ?? c ?? ''));
    expect(statements(strings, figures).filter((statement) => statement.problem !== undefined)).toEqual([]);
  });
});
