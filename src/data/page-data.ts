/**
 * Data files of the audience and reference pages that are not content collections: the glossary, the
 * organisations' readiness check and the workshop guide, parsed from YAML and validated at build time.
 */
import { parse } from 'yaml';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary';
import { readinessSchema, type Readiness } from '../schemas/readiness';
import { workshopSchema, type Workshop } from '../schemas/workshop';
import glossaryYaml from './glossary.yaml?raw';
import readinessYaml from './readiness.yaml?raw';
import workshopYaml from './workshop.yaml?raw';

/** The glossary, in the file's (alphabetical) order. */
export function getGlossary(): GlossaryEntry[] {
  return glossarySchema.parse(parse(glossaryYaml));
}

/** The readiness check for migrant organisations. */
export function getReadiness(): Readiness {
  return readinessSchema.parse(parse(readinessYaml));
}

/** The workshop guide, its agendas and the handout. */
export function getWorkshop(): Workshop {
  return workshopSchema.parse(parse(workshopYaml));
}
