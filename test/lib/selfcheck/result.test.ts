import { describe, expect, test } from 'vitest';
import { selfcheckResult } from '../../../src/lib/selfcheck/result';
import { levelWords } from '../../../src/lib/selfcheck/words';
import { typical } from '../../fixtures/assessments';
import { realContext } from '../../fixtures/selfcheck-context';
import { typicalLevels, typicalSteps } from '../../fixtures/typical-result';

const context = realContext();
const result = selfcheckResult(typical, context);

describe('the result of the typical assessment', () => {
  test.each(Object.entries(typicalLevels))('states the level of %s as „%s“', (id, words) => {
    const index = context.catalogue.findIndex((dimension) => dimension.id === id);
    const dimension = context.catalogue[index];
    const row = result.dimensions[index];
    if (dimension === undefined || row === undefined) throw new Error(id);
    expect(levelWords(dimension, row)).toBe(words);
  });

  test('leads with the five steps worked out by hand', () => {
    expect(result.steps.map((step) => [step.dimension, step.itemId])).toEqual(typicalSteps);
  });

  test('counts the questions asked (not the concept’s goals: there is no concept) and the „Weiß nicht“ answers', () => {
    expect(result.counts).toMatchObject({ asked: 34, answered: 34, unknown: 3 });
  });

  test('lists every „Weiß nicht“ answer under a stock-taking item of the paper', () => {
    const open = result.clarifications.flatMap((c) => c.questions.map((q) => q.questionId)).sort();
    expect([...new Set(open)]).toEqual(['formen-flexibilitaet', 'konzept-ziele', 'qualifizierung-angebote']);
  });

  test('puts each recommendation once: in the steps or in its dimension’s group, never both', () => {
    const shown = [
      ...result.steps.map((s) => s.itemId),
      ...result.groups.flatMap((g) => g.items.map((i) => i.itemId)),
    ];
    expect(new Set(shown).size).toBe(shown.length);
  });

  test('keeps obstacles and questions for reflection out of the steps and groups, in their own sections', () => {
    const kinds = result.groups.flatMap((g) => g.items.map((i) => context.items[i.itemId]?.kind));
    expect(kinds).not.toContain('hindernis');
    expect(kinds).not.toContain('reflexionsfrage');
    expect(result.obstacles.length).toBeGreaterThan(0);
    expect(result.obstacles.every((item) => context.items[item.itemId]?.kind === 'hindernis')).toBe(true);
  });

  test('shows the general items many answers point to once, as background', () => {
    expect(result.background.map((item) => item.itemId)).toEqual([
      'staerkung-mo',
      'ausbau-zusammenarbeit-gruende',
    ]);
  });

  test('says where the answers place the municipality among the 32, marking derived numbers', () => {
    expect(result.standings.konzept).toEqual([
      {
        text: 'Sie gehören zu den 9 von 32 befragten Kommunen ohne Konzept für die Zusammenarbeit.',
        derived: 'abgeleitet: 32 − 23 = 9',
      },
    ]);
    // Where the paper only ranks, nothing numeric is said.
    expect(result.standings.foerderung).toEqual([]);
    expect(result.standings.themen).toEqual([]);
  });
});

describe('quotes in the result', () => {
  test('carry the sub-points, the questions under a Hinweis, and the sentence a „Dafür …“ item continues', () => {
    expect(context.items['raeume-bereitstellen']?.points).toHaveLength(3);
    expect(context.items['mittel-nicht-ausgeschoepft']?.children.map((child) => child.id)).toEqual([
      'mittel-kommunikation-huerden',
      'mittel-bedarf',
      'mittel-kriterien',
    ]);
    expect(context.items['beratung-professionalisierung-foerderung']?.leadIn?.id).toBe(
      'mo-gesellschaft-mitgestalten',
    );
  });
});
