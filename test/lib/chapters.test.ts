import { describe, expect, test } from 'vitest';
import { inOrder, neighbours, partChapter } from '../../src/lib/chapters';
import type { ChapterData } from '../../src/schemas/chapter';

const chapter = (id: string, part?: ChapterData['part']) => ({
  id,
  data: { title: `Titel ${id}`, description: id, ...(part && { part }) },
});

describe('chapter order', () => {
  const ordered = inOrder([chapter('themen', 'befragung'), chapter('vorwort'), chapter('befragung')]);

  test('sorts chapters by their place in the paper (chapterIds), not by file name', () => {
    expect(ordered.map((entry) => entry.id)).toEqual(['vorwort', 'befragung', 'themen']);
  });

  test('refuses a chapter the taxonomy does not know', () => {
    expect(() => inOrder([chapter('vorwort'), chapter('anhang')])).toThrow(/anhang/);
  });

  test.each([
    ['vorwort', undefined, 'befragung'],
    ['befragung', 'vorwort', 'themen'],
    ['themen', 'befragung', undefined],
  ])('chapter %s has %s before and %s after it', (id, prev, next) => {
    const result = neighbours(ordered, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });
});

describe('partChapter', () => {
  const chapters = [chapter('befragung'), chapter('themen', 'befragung')];

  test('finds the chapter a sub-chapter belongs to by its id', () => {
    expect(partChapter(chapters, chapters[1] ?? chapter('x'))?.data.title).toBe('Titel befragung');
  });

  test('is undefined for a chapter of its own, and throws for a part that is not there', () => {
    expect(partChapter(chapters, chapter('befragung'))).toBeUndefined();
    expect(() => partChapter([chapter('themen', 'befragung')], chapter('themen', 'befragung'))).toThrow(
      /befragung/,
    );
  });
});
