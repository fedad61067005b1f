import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAssessment, isoDate } from '../../../src/lib/assessment/document';
import { assessmentSchema } from '../../../src/schemas/assessment';

describe('createAssessment', () => {
  // A German office just after midnight: the UTC date is still the day before.
  const zone = process.env['TZ'];
  beforeAll(() => {
    process.env['TZ'] = 'Europe/Berlin';
  });
  afterAll(() => {
    process.env['TZ'] = zone;
  });

  test('starts an empty assessment that the schema accepts, dated on the given day', () => {
    const fresh = createAssessment(new Date(2026, 10, 25, 23, 30));
    expect(fresh).toEqual({
      format: 'mo-leitfaden-selbstcheck',
      version: 2,
      date: '2026-11-25',
      answers: {},
      settings: {},
    });
    expect(assessmentSchema.safeParse(fresh).success).toBe(true);
  });

  test.each([
    ['1 January, 00:05', '2026-01-01', [2026, 0, 1, 0, 5]],
    ['25 November, 00:30', '2026-11-25', [2026, 10, 25, 0, 30]],
    ['31 December, 23:55', '2026-12-31', [2026, 11, 31, 23, 55]],
  ] as const)('dates %s in Berlin by the local calendar as %s', (_case, expected, [y, m, d, h, min]) => {
    expect(isoDate(new Date(y, m, d, h, min))).toBe(expected);
  });
});
