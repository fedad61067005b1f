import { describe, expect, test } from 'vitest';
import {
  count,
  fill,
  formatDate,
  formatList,
  formatMoment,
  formatNumber,
  plural,
} from '../../src/i18n/translator';

describe('plural and count', () => {
  test.each([
    [0, 'Einträge'],
    [1, 'Eintrag'],
    [2, 'Einträge'],
    [1000, 'Einträge'],
  ])('chooses the German form for %i', (n, form) => {
    expect(plural(n, 'Eintrag', 'Einträge')).toBe(form);
  });

  test('writes the count with German digit grouping before its noun', () => {
    expect(count(1234, 'Treffer', 'Treffer')).toBe('1.234 Treffer');
    expect(count(1, 'Eintrag', 'Einträge')).toBe('1 Eintrag');
  });
});

describe('numbers, dates and lists', () => {
  test('formats whole numbers and one decimal at most in German', () => {
    expect(formatNumber(12500)).toBe('12.500');
    expect(formatNumber(2.25, true)).toBe('2,3');
    expect(formatNumber(2, true)).toBe('2');
  });

  test('shows a date-only value as the same day in every time zone', () => {
    expect(formatDate('2026-01-01')).toBe('1. Januar 2026');
    expect(formatDate('2026-12-31', 'short')).toBe('31.12.2026');
    expect(formatDate('2026-03-04T23:59:00Z')).toBe('4. März 2026');
  });

  test('shows a moment with date and time', () => {
    expect(formatMoment('2026-03-04T05:06:07Z')).toMatch(/^\d{1,2}\.\d{1,2}\.2026, \d{2}:\d{2}:07$/);
  });

  test('joins words as a German list', () => {
    expect(formatList(['„a“', '„b“', '„c“'], 'or')).toBe('„a“, „b“ oder „c“');
    expect(formatList(['a', 'b'])).toBe('a und b');
  });

  test('fills placeholders and leaves unknown ones standing', () => {
    expect(fill('{count} für „{query}“ {rest}', { count: 3, query: 'Räume' })).toBe('3 für „Räume“ {rest}');
  });
});
