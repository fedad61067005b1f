import { describe, expect, test } from 'vitest';
import { fitToCatalogue } from '../../../src/lib/assessment/catalogue';
import { catalogue } from '../../fixtures/assessments/catalogue';
import { example } from './fixtures';

describe('fitToCatalogue', () => {
  test('keeps answers that fit their questions and says nothing', () => {
    expect(fitToCatalogue(example, catalogue, [])).toEqual({ ok: true, assessment: example, notices: [] });
  });

  test('drops answers to questions it does not know, naming how many and which', () => {
    const answers = { ...example.answers, 'alte-frage': 'weiss-nicht', 'noch-eine': 2 };
    const fitted = fitToCatalogue({ ...example, answers }, catalogue, []);
    expect(fitted).toEqual({
      ok: true,
      assessment: example,
      notices: [
        '2 Antworten gehören zu Fragen, die es in diesem Selbstcheck nicht gibt, und wurden nicht übernommen: „alte-frage“, „noch-eine“.',
      ],
    });
  });

  test('shortens an absurdly long id in the notice', () => {
    const id = `x${'-y'.repeat(100)}`;
    const fitted = fitToCatalogue({ ...example, answers: { [id]: 1 } }, catalogue, []);
    expect(fitted.ok && fitted.notices[0]).toContain('…');
    expect(fitted.ok && fitted.notices[0]?.length).toBeLessThan(200);
  });

  test.each([
    ['konzept-stand', 'vielleicht'],
    ['raeume-formen', ['analog', 'keller']],
    ['gelingen-wertschaetzung', 'trifft-nicht-zu'],
  ])('rejects %s = %j, which does not fit the question', (id, answer) => {
    const fitted = fitToCatalogue({ ...example, answers: { [id]: answer } }, catalogue, []);
    expect(fitted.ok).toBe(false);
  });

  test('leaves the given assessment as it was', () => {
    const answers = { ...example.answers, 'alte-frage': 'weiss-nicht' };
    const given = { ...example, answers };
    fitToCatalogue(given, catalogue, []);
    expect(given.answers).toEqual(answers);
  });
});
