// Builds Pagefind's search index for dist/ (run after `astro build`; `npm run build` does both).
// Chapter pages are indexed from their HTML (`data-pagefind-body`); every item and every figures
// block is added as a record of its own that links to its anchor (see src/lib/search-records.ts).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { audiences, dimensions, itemKinds } from '../src/data/taxonomy.ts';
import { figureCaptions, figureRecords, itemRecords, selfcheckMentions } from '../src/lib/search-records.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = path.join(root, 'dist');
const chaptersDir = path.join(root, 'src/content/leitfaden');

/** Frontmatter and body of each chapter's MDX file, by chapter id. */
const chapters = new Map(
  readdirSync(chaptersDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(path.join(chaptersDir, file), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return [path.basename(file, '.mdx'), { data: parse(frontmatter), body }];
    }),
);

const context = {
  // Site-relative, like the URLs Pagefind gives the HTML pages; the browser adds the base path.
  chapterUrl: (id) => `/leitfaden/${id}/`,
  chapterTitle: (id) => chapters.get(id)?.data.navTitle ?? chapters.get(id)?.data.title ?? id,
  kindLabels: itemKinds,
  dimensionLabels: dimensions,
  audienceLabels: audiences,
};
// Raw YAML (the Astro build has validated it against src/schemas/item.ts); `points` defaults to [] there.
const items = parse(readFileSync(path.join(root, 'src/data/items.yaml'), 'utf8')).map((item) => ({
  points: [],
  ...item,
}));
const figures = parse(readFileSync(path.join(root, 'src/data/figures.yaml'), 'utf8'));
const captions = new Map([...chapters.values()].flatMap(({ body }) => figureCaptions(body)));
const mentions = selfcheckMentions(parse(readFileSync(path.join(root, 'src/data/selfcheck.yaml'), 'utf8')));
const records = [...itemRecords(items, context, mentions), ...figureRecords(figures, captions, context)];

const fail = (errors) => {
  if (errors.length === 0) return;
  console.error(errors.join('\n'));
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({});
fail(errors);
const pages = await index.addDirectory({ path: dist });
fail(pages.errors);
for (const record of records) fail((await index.addCustomRecord(record)).errors);
rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
fail((await index.writeFiles({ outputPath: path.join(dist, 'pagefind') })).errors);
await pagefind.close();
console.log(
  `Pagefind: ${String(pages.page_count)} pages and ${String(records.length)} items and figures indexed.`,
);
