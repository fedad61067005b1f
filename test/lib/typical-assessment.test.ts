import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { rankPriorities } from '../../src/lib/priorities';
import { scoreAll, type Answers } from '../../src/lib/scoring';
import { selfcheckDimensionSchema } from '../../src/schemas/selfcheck';
import { typicalLevels, typicalTopThree } from '../fixtures/typical-result';

const read = (path: string): unknown => parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const catalogue = z.array(selfcheckDimensionSchema).parse(read('../../src/data/selfcheck.yaml'));
const paperOrder = (read('../../src/data/items.yaml') as { id: string }[]).map((item) => item.id);
const typical = JSON.parse(
  readFileSync(new URL('../fixtures/assessments/typical.json', import.meta.url), 'utf8'),
) as { answers: Answers; settings: Parameters<typeof scoreAll>[2] };

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
