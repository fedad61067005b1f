import { describe, expect, test } from 'vitest';
import { buildToc } from '../../src/lib/toc';

describe('buildToc', () => {
  test('nests third-level headings under the second-level heading before them', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 3, slug: 'a2', text: 'A2' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a1', text: 'A1', children: [] },
          { slug: 'a2', text: 'A2', children: [] },
        ],
      },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  test.each([
    ['a fourth-level heading', { depth: 4, slug: 'x', text: 'X' }],
    ['the heading of a list of recommendations', { depth: 3, slug: 'empfehlungen-2', text: 'Empfehlungen' }],
    ['the heading of a Hinweis box', { depth: 3, slug: 'hinweis', text: 'Hinweis' }],
    ['the footnote heading', { depth: 2, slug: 'footnote-label', text: 'Fußnoten' }],
  ])('leaves out %s', (_name, heading) => {
    expect(buildToc([{ depth: 2, slug: 'a', text: 'A' }, heading])).toEqual([
      { slug: 'a', text: 'A', children: [] },
    ]);
  });

  test('drops a sub-heading that has no section above it rather than inventing one', () => {
    expect(buildToc([{ depth: 3, slug: 'orphan', text: 'Orphan' }])).toEqual([]);
  });
});
