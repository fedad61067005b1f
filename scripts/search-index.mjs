// Builds Pagefind's search index for dist/ (run after `astro build`; `npm run build` does both).
// Chapter pages are indexed from their HTML (`data-pagefind-body`); every item and every group of
// figures is added as a record of its own that links to its anchor. The Astro build writes those
// records, made from the content collections, to dist/daten/suche.json (src/pages/daten/suche.json.ts,
// src/lib/search-records.ts); this script reads that file and deletes it, as no page loads it.
// Then it writes what the query side needs beside Pagefind's files, both built from Pagefind's own
// fragments, so they describe exactly what is indexed:
//   dist/pagefind/words.json    the index's vocabulary and the synonyms (src/lib/search-vocabulary.ts)
//   dist/pagefind/records.json  the filter values of every record (src/lib/search-filters.ts)
// and removes the files of Pagefind's bundled search UIs, which no page loads.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { prepareSynonyms } from '../src/lib/search-synonyms.ts';
import { buildVocabulary } from '../src/lib/search-vocabulary.ts';
import { synonymsSchema } from '../src/schemas/synonyms.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = path.join(root, 'dist');
const output = path.join(dist, 'pagefind');
const recordsFile = path.join(dist, 'daten/suche.json');

if (!existsSync(recordsFile)) {
  // The file is deleted once indexed, so the script runs once after each `astro build`.
  console.error(
    `${path.relative(root, recordsFile)} is missing: run \`astro build\` first (\`npm run build\` does both).`,
  );
  process.exit(1);
}
/** The items' and figure groups' records as the Astro build wrote them (`SearchRecord[]`). */
const records = JSON.parse(readFileSync(recordsFile, 'utf8'));
const synonyms = synonymsSchema.parse(parse(readFileSync(path.join(root, 'src/data/synonyms.yaml'), 'utf8')));

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
rmSync(output, { recursive: true, force: true });
fail((await index.writeFiles({ outputPath: output })).errors);
await pagefind.close();
// Indexed: no page loads the records file, so it is not deployed (nor precached by the service worker).
rmSync(recordsFile);

/**
 * Pagefind's fragments by result id: `fragment/<id>.pf_fragment` is gzipped JSON behind a signature;
 * a fragment group file holds several, keyed by id.
 */
function readFragments() {
  const dir = path.join(output, 'fragment');
  const found = new Map();
  for (const file of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(path.join(dir, file)));
    const json = JSON.parse(bytes.toString('utf8').replace(/^pagefind_dcd/, ''));
    if (typeof json.url === 'string') found.set(path.basename(file, '.pf_fragment'), json);
    else for (const [id, fragment] of Object.entries(json)) found.set(id, fragment);
  }
  return found;
}

const fragments = readFragments();
const vocabulary = buildVocabulary(
  [...fragments.values()].map((fragment) => `${fragment.meta?.title ?? ''}\n${fragment.content}`),
  prepareSynonyms(synonyms),
);
writeFileSync(path.join(output, 'words.json'), JSON.stringify(vocabulary));
writeFileSync(
  path.join(output, 'records.json'),
  JSON.stringify(Object.fromEntries([...fragments].map(([id, fragment]) => [id, fragment.filters ?? {}]))),
);

// What the pages load: Pagefind's script, its worker, the entry file, the metadata and WebAssembly of
// the indexed languages, the index, filter and fragment folders, and the two files above.
const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8'));
const languages = Object.values(entry.languages);
const used = new Set([
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-entry.json',
  'words.json',
  'records.json',
  'index',
  'filter',
  'fragment',
  ...languages.map((language) => `pagefind.${language.hash}.pf_meta`),
  ...languages.map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`),
]);
const unused = readdirSync(output).filter((file) => !used.has(file));
for (const file of unused) rmSync(path.join(output, file), { recursive: true });

const size = (file) => statSync(path.join(output, file)).size;
console.log(
  `Pagefind: ${String(pages.page_count)} pages and ${String(records.length)} items and figures indexed; ` +
    `${String(vocabulary.words.length)} words (words.json ${String(size('words.json'))} bytes), ` +
    `removed ${unused.join(', ') || 'nothing'}.`,
);
