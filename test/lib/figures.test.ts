import { describe, expect, test } from 'vitest';
import { formatFigureValue } from '../../src/lib/figures';

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
