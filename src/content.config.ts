import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { chapterSchema } from './schemas/chapter';
import { figureGroupSchema, figureSchema } from './schemas/figure';
import { glossaryEntrySchema } from './schemas/glossary';
import { itemSchema } from './schemas/item';
import { pageSchema } from './schemas/page';
import { selfcheckDimensionSchema } from './schemas/selfcheck';

/**
 * Collections return entries sorted by id, but items and figures must keep the paper's order.
 * This parser records each entry's position in its YAML file.
 */
function withPosition(text: string): Record<string, unknown>[] {
  const entries = parse(text) as Record<string, unknown>[];
  return entries.map((entry, position) => ({ ...entry, position }));
}

/** Position in the YAML file, i.e. in the paper; set by the loader, not written by authors. */
const position = { position: z.number().int().nonnegative() };

/** The paper, one MDX file per chapter; the file name is the chapter id. */
const leitfaden = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/leitfaden' }),
  schema: chapterSchema,
});

/** The prose of the audience and trust pages, one MDX file per page; the file name is the page's address. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/pages' }),
  schema: pageSchema,
});

/** Recommendations, success factors, obstacles and questions for reflection. */
const items = defineCollection({
  loader: file('src/data/items.yaml', { parser: withPosition }),
  schema: itemSchema.extend(position),
});

/** Survey figures with their source sentences. */
const figures = defineCollection({
  loader: file('src/data/figures.yaml', { parser: withPosition }),
  schema: figureSchema.extend(position),
});

/** The groups of survey figures: one table and chart each, with its caption. */
const figureGroups = defineCollection({
  loader: file('src/data/figure-groups.yaml', { parser: withPosition }),
  schema: figureGroupSchema.extend(position),
});

/** The self-check: dimensions with their levels, benchmarks and questions. */
const selfcheck = defineCollection({
  loader: file('src/data/selfcheck.yaml', { parser: withPosition }),
  schema: selfcheckDimensionSchema.extend(position),
});

/** The glossary's terms, in alphabetical order. */
const glossary = defineCollection({
  loader: file('src/data/glossary.yaml', { parser: withPosition }),
  // The entry schema has refinements, which `extend` refuses; `safeExtend` keeps them.
  schema: glossaryEntrySchema.safeExtend(position),
});

export const collections = { leitfaden, pages, items, figures, figureGroups, selfcheck, glossary };
