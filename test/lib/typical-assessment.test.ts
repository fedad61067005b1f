import { describe, expect, test } from 'vitest';
import { rankPriorities } from '../../src/lib/priorities';
import { scoreAll } from '../../src/lib/scoring';
import { typical } from '../fixtures/assessments';
import { loadItems, loadSelfcheck } from '../fixtures/data';
import { typicalLevels, typicalTopThree } from '../fixtures/typical-result';

const catalogue = loadSelfcheck();
const paperOrder = loadItems().map((item) => item.id);
describe('the typical assessment scored against the real catalogue', () => {
  const results = scoreAll(catalogue, typical.answers, typical.settings);

  test('answers every question of the catalogue', () => {
    expect(results.every((result) => result.status === 'done')).toBe(true);
  });

  test.each(Object.entries(typicalLevels))('reaches level %s = %d', (id, level) => {
    expect(results.find((result) => result.id === id)?.level).toBe(level);
  });

  test('puts the three Konzept recommendations first, those with two reasons ahead', () => {
    const top = rankPriorities(results, catalogue, paperOrder).slice(0, 3);
    expect(top.map((priority) => priority.itemId)).toEqual(typicalTopThree);
    expect(top.map((priority) => priority.weight)).toEqual([9, 9, 9]);
  });
});
