/**
 * Realistic municipalities and what the paper would put first for them (test/fixtures/selfcheck-profiles.ts):
 * the outcome of the whole result, not a formula, judged against the paper's own sentences.
 */
import { describe, expect, test } from 'vitest';
import { selfcheckResult, type SelfcheckResult } from '../../../src/lib/selfcheck/result';
import type { Assessment } from '../../../src/schemas/assessment';
import { norm, paperText } from '../../content/paper';
import { middle, profiles, type Expectation } from '../../fixtures/selfcheck-profiles';
import { realContext } from '../../fixtures/selfcheck-context';

const context = realContext();
const paper = norm(paperText.replaceAll('**', ''));
const resultOf = (answers: Assessment['answers'], settings: Assessment['settings'] = {}) =>
  selfcheckResult({ answers, settings }, context);

function check(result: SelfcheckResult, expectation: Expectation): void {
  const steps = result.steps.map((step) => step.itemId);
  switch (expectation.kind) {
    case 'in-top-3':
      expect(steps.slice(0, 3)).toContain(expectation.item);
      break;
    case 'step-for':
      expect(result.steps.find((step) => step.dimension === expectation.dimension)?.itemId).toBe(
        expectation.item,
      );
      break;
    case 'nothing-to-do':
      expect(steps).toEqual([]);
      expect(result.groups).toEqual([]);
      break;
  }
}

describe('what the paper would put first', () => {
  test.each(profiles.map((profile) => [profile.name, profile] as const))('%s', (_, profile) => {
    if (profile.because !== undefined) expect(paper).toContain(norm(profile.because));
    check(resultOf(profile.answers, profile.settings), profile.expect);
  });

  test('leads with three to five steps for every realistic profile with something to do', () => {
    for (const profile of profiles.filter((p) => p.expect.kind !== 'nothing-to-do')) {
      const { steps } = resultOf(profile.answers, profile.settings);
      expect(steps.length, profile.name).toBeGreaterThanOrEqual(3);
      expect(steps.length, profile.name).toBeLessThanOrEqual(5);
    }
  });

  // 27 variants of the flexible-budget profile: concept, job description and committees each at three levels.
  const variants = ['kein', 'papier', 'beschlossen'].flatMap((konzept) =>
    ['keine', 'teil', 'mehrere-stellen'].flatMap((stelle) =>
      ['kein-austausch', 'dachverband', 'antrags-rederecht'].map((gremien) => ({
        name: `${konzept} / ${stelle} / ${gremien}`,
        answers: {
          ...middle,
          'foerderung-form': 'flexibles-budget',
          'konzept-stand': konzept,
          'personal-stellenbeschreibung': stelle,
          'gremien-stand': gremien,
        },
      })),
    ),
  );
  test.each(variants.map((variant) => [variant.name, variant] as const))(
    'with only a flexible budget and structural funding wanted, structural funding is a first step (%s)',
    (_, variant) => {
      const { steps } = resultOf(variant.answers, { foerderung: { target: 3, importance: 3 } });
      expect(steps.slice(0, 3).map((step) => step.itemId)).toContain('institutionelle-foerderung-sicherheit');
    },
  );

  test('says where a municipality without representation in committees stands among the 32', () => {
    const result = resultOf({ ...middle, 'gremien-stand': 'dachverband' });
    expect(result.standings.gremien?.map((standing) => standing.text)).toContain(
      'Sie gehören zu den 4 von 32 befragten Kommunen ohne Vertretung von Migrantenorganisationen in kommunalen Arbeitsgremien.',
    );
    expect(result.standings.gremien?.find((s) => s.text.includes('4 von 32'))?.derived).toMatch(
      /32 − 28 = 4/,
    );
  });

  test('asks nothing about the contents of a concept that does not exist', () => {
    const result = resultOf({ ...middle, 'konzept-stand': 'kein', 'konzept-inhalte': [] });
    const reasons = [
      ...result.steps.flatMap((step) => step.reasons),
      ...result.groups.flatMap((g) => g.items.flatMap((i) => i.reasons)),
    ];
    expect(reasons.filter((reason) => reason.questionId === 'konzept-inhalte')).toEqual([]);
  });

  test('an all-„Weiß nicht“ check says so and recommends taking stock, not that the goals are reached', () => {
    const unknown = Object.fromEntries(Object.keys(middle).map((id) => [id, 'weiss-nicht']));
    const result = resultOf(unknown);
    expect(result.state).toBe('all-unknown');
    expect(result.steps).toEqual([]);
    expect(result.clarifications.map((c) => c.itemId)).toEqual(
      expect.arrayContaining([
        'befragung-fachaemter',
        'evaluation-stellenwert',
        'bestandsaufnahme-kooperationsnetzwerke',
      ]),
    );
  });

  test('an empty check has nothing to show', () => {
    expect(resultOf({}).state).toBe('empty');
  });
});
