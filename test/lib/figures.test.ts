import { describe, expect, test } from 'vitest';
import { figureCount, formatFigureValue } from '../../src/lib/figures';
import type { Figure } from '../../src/schemas/figure';

describe('formatFigureValue', () => {
  test.each([
    [{ type: 'count', value: 23, of: 32 }, '23 von 32'],
    [{ type: 'percent', value: 41 }, '41 %'],
    [{ type: 'rank', rank: 2 }, 'Rang 2'],
    [{ type: 'share', wording: 'Annähernd Dreiviertel' }, 'Annähernd Dreiviertel'],
  ] as const)('writes %o as „%s“', (value, expected) => {
    expect(formatFigureValue(value)).toBe(expected);
  });
});

describe('figureCount', () => {
  const figures = [
    { id: 'rueckmeldungen', value: { type: 'count', value: 32, of: 32 } },
    { id: 'rang', value: { type: 'rank', rank: 1 } },
  ] as unknown as Figure[];

  test('gives the number a count figure states', () => {
    expect(figureCount(figures, 'rueckmeldungen')).toBe(32);
  });

  test.each(['rang', 'fehlt'])('refuses „%s“, which is no count figure', (id) => {
    expect(() => figureCount(figures, id)).toThrow(id);
  });
});
