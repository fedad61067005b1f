import { describe, expect, test } from 'vitest';
import { densestWindow, excerpt } from '../../src/lib/search-excerpt';

const text = Array.from({ length: 60 }, (_, i) => `w${String(i)}`).join(' ');
const at = (...locations: number[]) => locations.map((location) => ({ location, weight: 1 }));
/** An excerpt as text with the matches in brackets. */
const shown = (content: string, locations: { location: number; weight: number }[], length?: number) =>
  excerpt(content, locations, length)
    .map((part) => (part.hit ? `[${part.text}]` : part.text))
    .join('');

describe('densestWindow', () => {
  test.each([
    [at(40, 42, 45), 37],
    [at(2, 50, 51, 52), 47],
    [at(55, 58), 50],
    [at(0), 0],
    [[], 0],
  ])('starts a window of 10 a few words before the densest matches: %j → %i', (locations, expected) => {
    expect(densestWindow(locations, 60, 10)).toBe(expected);
  });

  test('shows a short text whole', () => {
    expect(densestWindow(at(5), 8, 10)).toBe(0);
  });
});

describe('excerpt', () => {
  test('marks the matches of all terms and cuts with an ellipsis', () => {
    expect(shown(text, at(40, 42), 6)).toBe('… w37 w38 w39 [w40] w41 [w42] …');
  });

  test('marks the word, not the punctuation around it', () => {
    expect(shown('Bereitstellung von (Räumen), Beratung', at(2))).toBe(
      'Bereitstellung von ([Räumen]), Beratung',
    );
  });

  test('returns plain text parts, so markup in the text stays text', () => {
    expect(excerpt('a <b> c', at(2))).toEqual([
      { text: 'a <b> ', hit: false },
      { text: 'c', hit: true },
    ]);
  });
});
