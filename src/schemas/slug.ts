import { z } from 'astro/zod';
import { slugPattern } from './slug-pattern';

/** A stable id in the data files: lowercase letters, digits and single hyphens, e.g. `raeume-bereitstellen`. */
export const slug = z.string().regex(slugPattern, 'Kleinbuchstaben, Ziffern und Bindestriche');
