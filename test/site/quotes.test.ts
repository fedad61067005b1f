/**
 * Quotes of the paper on the built audience and reference pages are the paper's wording: every paragraph and
 * list entry inside a <blockquote> of these pages occurs in the source text, word for word.
 */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { norm, paperText } from '../content/paper';
import { pageFile } from '../e2e/site';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

/** The paper as a reader sees it: without bold and emphasis marks, whitespace collapsed. */
const paper = norm(
  paperText.replaceAll('**', '').replaceAll('*Migrantenorganisationen*', 'Migrantenorganisationen'),
);

const textOf = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

/** The paragraphs and list entries inside the blockquotes of a built page, without the quote marks. */
function quotedBlocks(page: string): string[] {
  const blocks: string[] = [];
  const visit = (node: Node, quoted: boolean) => {
    const tag = 'tagName' in node ? node.tagName : '';
    if (
      quoted &&
      (tag === 'p' ||
        (tag === 'li' &&
          !('childNodes' in node && node.childNodes.some((c) => 'tagName' in c && c.tagName === 'ul'))))
    ) {
      blocks.push(norm(textOf(node)).replace(/^„|“$/g, ''));
      return;
    }
    if ('childNodes' in node)
      for (const child of node.childNodes) visit(child, quoted || tag === 'blockquote');
  };
  visit(parse(readFileSync(pageFile(page), 'utf8')), false);
  return blocks;
}

describe.each(['fuer-migrantenorganisationen/', 'glossar/'])('/%s', (page) => {
  const blocks = quotedBlocks(page);

  test('quotes the paper', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  test.each(blocks.map((block) => [block.slice(0, 70), block]))(
    '„%s…“ is verbatim in the paper',
    (_, block) => {
      expect(paper).toContain(block);
    },
  );
});
