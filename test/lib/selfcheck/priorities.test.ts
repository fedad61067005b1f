import { describe, expect, test } from 'vitest';
import { scoreAll } from '../../../src/lib/selfcheck/levels';
import { contributionsOf, rankItems, type RankedItem } from '../../../src/lib/selfcheck/priorities';
import { selfcheckResult } from '../../../src/lib/selfcheck/result';
import type { Assessment } from '../../../src/schemas/assessment';
import type { Question } from '../../../src/schemas/selfcheck';
import { catalogue, itemDimensions, paperOrder } from '../../fixtures/catalogue';
import { middle, profiles } from '../../fixtures/selfcheck-profiles';
import { realContext } from '../../fixtures/selfcheck-context';

const dimensionsOf = (id: string) => itemDimensions[id] ?? [];
const rank = (answers: Assessment['answers'], settings: Assessment['settings'] = {}) =>
  rankItems(contributionsOf(catalogue, scoreAll(catalogue, { answers, settings })), dimensionsOf, paperOrder);
const ids = (ranked: RankedItem[]) => ranked.map((item) => item.itemId);

describe('rankItems', () => {
  test('puts nothing on the list for answers at the target, „Weiß nicht“, or questions not asked', () => {
    expect(rank({ 'konzept-stand': 'beschlossen', 'gelingen-wertschaetzung': 'weiss-nicht' })).toEqual([]);
    // The follow-up on the concept's goals is not asked without a concept: nothing ticked there counts.
    expect(ids(rank({ 'konzept-stand': 'kein', 'konzept-inhalte': [] }))).toEqual([
      'strategie',
      'gremienbeschluss',
    ]);
  });

  test('weighs an item by its strongest answer: gap to the target times importance', () => {
    const ranked = rank(
      { 'konzept-stand': 'entwurf', 'gelingen-kontinuitaet': 0 },
      { konzept: { importance: 1 }, gelingen: { importance: 3 } },
    );
    // gremienbeschluss: konzept (3 − 1) × 1 = 2, gelingen (3 − 0) × 3 = 9 → 9; kontinuitaet, also 9, serves gelingen.
    expect(ranked.find((item) => item.itemId === 'gremienbeschluss')?.weight).toBe(9);
    expect(ranked.find((item) => item.itemId === 'strategie')?.weight).toBe(2);
    expect(ids(ranked).slice(0, 2)).toEqual(['kontinuitaet', 'gremienbeschluss']);
  });

  test('breaks ties first by an answer in the item’s own dimension, then by the paper’s order', () => {
    // strategie (own: konzept) is tied by gelingen's answer with wertschaetzung; own dimension wins, then order.
    const ranked = rank({ 'gelingen-wertschaetzung': 1 });
    expect(ids(ranked)).toEqual(['wertschaetzung', 'strategie']);
  });

  test('lists every answer that points to an item, strongest first, and names a missing choice', () => {
    const item = rank({ 'raeume-formen': [] }).find((entry) => entry.itemId === 'raeume-bereitstellen');
    expect(item?.reasons.map((reason) => [reason.because, reason.missing])).toEqual([
      ['Begegnungsräume', true],
      ['Räume für MO', true],
    ]);
  });
});

// -------------------------------------------------------------------------------------------------------------
// Properties over the real catalogue: for realistic profiles, a better answer never raises a priority.

const context = realContext();
const real = context.catalogue;
const realRank = (answers: Assessment['answers'], settings: Assessment['settings']) =>
  rankItems(
    contributionsOf(real, scoreAll(real, { answers, settings })),
    (id) => context.items[id]?.dimensions ?? [],
    context.paperOrder,
  );

/** Every answer of a question from worst to best (options by level, one more tick each time, ratings 0–3). */
function ladder(question: Question): (string | string[] | number)[] {
  switch (question.kind) {
    case 'single':
      return [...question.options].sort((a, b) => a.level - b.level).map((option) => option.id);
    case 'multi':
      return question.choices
        .map((_, n) => question.choices.slice(0, n).map((choice) => choice.id))
        .concat([question.choices.map((c) => c.id)]);
    case 'rating':
      return [0, 1, 2, 3];
  }
}

const bases = [
  ['the middle profile', middle, {}],
  ...profiles.slice(0, 4).map((profile) => [profile.name, profile.answers, profile.settings] as const),
] as const;
const questions = real.flatMap((dimension) => dimension.questions);

/** Which questions are asked: a better answer may open a follow-up, whose own answers then count. */
const asked = (answers: Assessment['answers']) =>
  scoreAll(real, { answers, settings: {} })
    .flatMap((result) => Object.entries(result.outcomes))
    .filter(([, outcome]) => outcome.state !== 'skipped')
    .map(([id]) => id)
    .join(' ');

describe.each(bases)('raising one answer of %s', (_, base, settings) => {
  test.each(questions.map((question) => [question.id, question] as const))(
    'of %s never raises an item, never adds one, and never lifts one past an item whose standing is unchanged',
    (_, question) => {
      const steps = ladder(question);
      for (let i = 1; i < steps.length; i += 1) {
        const worseAnswers = { ...base, [question.id]: steps[i - 1] as never };
        const betterAnswers = { ...base, [question.id]: steps[i] as never };
        const worse = realRank(worseAnswers, settings);
        const better = realRank(betterAnswers, settings);
        const before = new Map(worse.map((item, index) => [item.itemId, { item, index }]));
        const opened = asked(worseAnswers) !== asked(betterAnswers);
        const followUp = (questionId: string) =>
          questions.some((q) => q.id === questionId && q.askIf !== undefined);
        for (const [index, item] of better.entries()) {
          const earlier = before.get(item.itemId);
          // Only a follow-up the better answer opened can add an item or weight, and only through its own answer.
          if (earlier === undefined || item.weight > earlier.item.weight) {
            expect(opened, `${item.itemId} appeared or got heavier`).toBe(true);
            expect(followUp(item.primary.questionId), `${item.itemId} got heavier`).toBe(true);
            continue;
          }
          if (opened || item.weight !== earlier.item.weight || item.own !== earlier.item.own) continue;
          // An item whose weight and tie-break are unchanged is passed by nothing that was behind it.
          for (const above of better.slice(0, index)) {
            const was = before.get(above.itemId)?.index ?? Infinity;
            expect(was < earlier.index, `${above.itemId} passed ${item.itemId}`).toBe(true);
          }
        }
      }
    },
  );
});

describe('raising the importance of a dimension', () => {
  test.each(real.map((dimension) => [dimension.id] as const))(
    'of %s never moves another dimension’s item past one of its own',
    (id) => {
      const low = realRank(middle, { [id]: { importance: 1 } });
      const high = realRank(middle, { [id]: { importance: 3 } });
      const only = (item: RankedItem, inside: boolean) =>
        item.reasons.every((reason) => (reason.dimension === id) === inside);
      const position = (list: RankedItem[], itemId: string) =>
        list.findIndex((item) => item.itemId === itemId);
      for (const own of low.filter((item) => only(item, true)))
        for (const other of low.filter((item) => only(item, false)))
          if (position(low, own.itemId) < position(low, other.itemId))
            expect(position(high, own.itemId), `${other.itemId} passed ${own.itemId}`).toBeLessThan(
              position(high, other.itemId),
            );
    },
  );
});

describe('the next steps', () => {
  test.each(profiles.map((profile) => [profile.name, profile] as const))(
    'for %s: three to five at most, each item once, at most two per dimension, each with a reason in its dimension',
    (_, profile) => {
      const { steps } = selfcheckResult({ answers: profile.answers, settings: profile.settings }, context);
      if (profile.expect.kind === 'nothing-to-do') {
        expect(steps).toEqual([]);
        return;
      }
      expect(steps.length).toBeGreaterThanOrEqual(3);
      expect(steps.length).toBeLessThanOrEqual(5);
      expect(new Set(steps.map((step) => step.itemId)).size).toBe(steps.length);
      for (const step of steps) {
        expect(steps.filter((other) => other.dimension === step.dimension).length).toBeLessThanOrEqual(2);
        expect(step.reasons.length).toBeGreaterThan(0);
        expect(step.reasons.every((reason) => reason.dimension === step.dimension && reason.weight > 0)).toBe(
          true,
        );
      }
    },
  );

  test('never lead with an obstacle, a question for reflection or a general background item', () => {
    for (const profile of profiles) {
      const { steps } = selfcheckResult({ answers: profile.answers, settings: profile.settings }, context);
      for (const step of steps) {
        expect(['empfehlung', 'hinweis', 'beispiel', 'gelingensfaktor']).toContain(
          context.items[step.itemId]?.kind,
        );
        expect(['staerkung-mo', 'ausbau-zusammenarbeit-gruende']).not.toContain(step.itemId);
      }
    }
  });
});
