/**
 * The form of every stable id of the project (items, figures and their groups, glossary terms, self-check
 * questions and answers, workshop steps, saved entries): kebab-case, lowercase letters and digits. Apart from
 * `slug.ts` so that the browser's schemas (zod/mini) can use it without pulling in the full zod.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
