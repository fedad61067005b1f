/**
 * How easy the own text of the page for migrant organisations reads (Amstad's German Flesch formula, measured
 * by scripts/readability.mjs on the built page, without the paper's quotes): the plain-language summary at the
 * top and the page's own sentences aim for 60 („mittelschwer“, about what a 13-year-old reads) or easier. A
 * budget that does not depend on timing; `node scripts/readability.mjs` prints the figures.
 */
import { describe, expect, test } from 'vitest';
import { fleschAmstad, pageReadability, syllables } from '../../scripts/readability.mjs';
import { distDir } from '../e2e/site';

describe('the reading-ease measure', () => {
  test.each([
    ['Verein', 2],
    ['Kommune', 3],
    ['Beratung', 3],
    ['Migrantenorganisationen', 9],
    ['Haus', 1],
  ])('counts %s as %i syllables', (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  test('scores short sentences of short words higher than long ones of long words', () => {
    const easy = fleschAmstad(['Der Verein hat einen Raum. Wir gehen hin.']).score;
    const hard = fleschAmstad([
      'Die Bereitstellung kommunaler Räumlichkeiten für Migrantenorganisationen erfolgt überwiegend im Rahmen bestehender Förderrichtlinien.',
    ]).score;
    expect(easy).toBeGreaterThan(60);
    expect(hard).toBeLessThan(20);
  });
});

describe('/fuer-migrantenorganisationen/', () => {
  const result = pageReadability('fuer-migrantenorganisationen/', distDir);

  test('has a plain-language summary that scores 60 or more', () => {
    expect(result['summary']?.sentences).toBeGreaterThanOrEqual(5);
    expect(result['summary']?.score).toBeGreaterThanOrEqual(60);
  });

  test('its own sentences, the paper’s quotes left out, score 60 or more', () => {
    expect(result['all']?.words).toBeGreaterThan(300);
    expect(result['all']?.score).toBeGreaterThanOrEqual(60);
  });
});
