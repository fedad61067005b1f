import { describe, expect, test } from 'vitest';
import { withBase } from '../../src/lib/url';

describe('withBase', () => {
  test.each([
    ['/', '/leitfaden/', '/leitfaden/'],
    ['/', '/empfehlungen/', '/empfehlungen/'],
    ['/leitfaden/', '/empfehlungen/', '/leitfaden/empfehlungen/'],
    ['/leitfaden', 'suche/', '/leitfaden/suche/'],
    ['/leitfaden/', '/', '/leitfaden/'],
  ])('under base %s, %s becomes %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});
