/**
 * The chapter files (`src/content/leitfaden/*.mdx`) as text, for the tests that read them without Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../fixtures/data';

const chapterDir = join(projectRoot, 'src/content/leitfaden');

/** Ids of the chapter files there are (file names without `.mdx`), in the order the folder lists them. */
export const chapterFileIds: string[] = readdirSync(chapterDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

/** The whole text of a chapter file, frontmatter included. */
export const readChapter = (id: string): string => readFileSync(join(chapterDir, `${id}.mdx`), 'utf8');

/** Frontmatter (unparsed YAML) and body of a chapter file. */
export function split(id: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readChapter(id));
  if (!match) throw new Error(`${id}.mdx has no frontmatter`);
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Every `<Component group="…"` in the chapters' bodies, with the chapter it appears in. */
export function groupReferences(component: 'Items' | 'Figures'): { group: string; chapter: string }[] {
  const pattern = new RegExp(`<${component}\\s[^>]*?group="([^"]*)"`, 'g');
  return chapterFileIds.flatMap((chapter) =>
    [...split(chapter).body.matchAll(pattern)].map((match) => ({ group: match[1] ?? '', chapter })),
  );
}
