/**
 * The two data files that are single documents rather than lists of entries: the organisations' readiness check
 * and the workshop guide, parsed from YAML and validated against their schemas at build time. A content
 * collection holds entries with ids (`file()` would make each top-level key of such a document an entry of its
 * own), so these are read whole here, each through its schema, once per page that uses it.
 */
import { parse } from 'yaml';
import { readinessSchema, type Readiness } from '../schemas/readiness';
import { workshopSchema, type Workshop } from '../schemas/workshop';
import readinessYaml from './readiness.yaml?raw';
import workshopYaml from './workshop.yaml?raw';

/** The readiness check for migrant organisations. */
export function getReadiness(): Readiness {
  return readinessSchema.parse(parse(readinessYaml));
}

/** The workshop guide, its agendas and the handout. */
export function getWorkshop(): Workshop {
  return workshopSchema.parse(parse(workshopYaml));
}
