import type { Assessment } from '../../../src/schemas/assessment';

/** The example assessment of the format description, as parsed data. */
export const example: Assessment = {
  format: 'mo-leitfaden-selbstcheck',
  version: 2,
  name: 'Amt für Integration',
  date: '2026-11-25',
  answers: {
    'konzept-stand': 'beschlossen',
    'themen-austausch': ['rassismus', 'kultur'],
    'gelingen-wertschaetzung': 2,
    'raeume-formen': 'weiss-nicht',
  },
  settings: { konzept: { target: 3, importance: 2 } },
};

/** The example as a JSON text with some fields replaced, e.g. `withFields({ name: '<b>' })`. */
export const withFields = (fields: Record<string, unknown>): string =>
  JSON.stringify({ ...example, ...fields });

/** The assessment without its (optional) name. */
export function withoutName(assessment: Assessment): Assessment {
  const copy = { ...assessment };
  delete copy.name;
  return copy;
}
